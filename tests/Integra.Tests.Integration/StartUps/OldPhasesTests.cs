using Integra.Core.Data;
using Integra.StartUps;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.StartUps;

public sealed class SqliteOldPhasesTests() : OldPhasesTests("Sqlite");

public sealed class PostgresOldPhasesTests() : OldPhasesTests("Postgres");

public abstract class OldPhasesTests(string provider)
{
    private const string Placeholder = "Integra.Component2";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_site_seeded_with_the_placeholder_gets_component_2_in_its_phases_as_a_fresh_site_has_it_and_keeps_an_admins_edits()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Dictionary<string, string> fresh;
        await using (var first = new IntegraAppFactory(database))
        {
            fresh = await PhasesAsync(first);
            Assert.Contains(StartUpsModule.Id, Ids(fresh["Call 1 open"]));

            // The site as it was before the kernel named the real feature, with two phases an admin edited since.
            await using var scope = first.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            foreach (var phase in await db.Phases.ToListAsync(Cancel))
            {
                phase.Features = phase.Name switch
                {
                    "Implementation" => string.Join('\n', Ids(phase.Features).Where(id => id != StartUpsModule.Id)),
                    "Call 2 open" => string.Join('\n', Ids(phase.Features).Where(id => id != "Integra.Component5").Select(Old)),
                    _ => string.Join('\n', Ids(phase.Features).Select(Old)),
                };
            }

            await db.SaveChangesAsync(Cancel);
            Assert.Equal(1, await db.Database.ExecuteSqlRawAsync("DELETE FROM __schema_core WHERE \"MigrationId\" = '0003_PhasesNameStartUps'", Cancel));
        }

        await using var upgraded = new IntegraAppFactory(database);
        var phases = await PhasesAsync(upgraded);

        Assert.Equal(fresh["Call 1 open"], phases["Call 1 open"]);
        Assert.Equal(fresh["Inception"], phases["Inception"]);
        Assert.Equal(Ids(fresh["Implementation"]).Where(id => id != StartUpsModule.Id), Ids(phases["Implementation"]));
        Assert.Equal(Ids(fresh["Call 2 open"]).Where(id => id != "Integra.Component5"), Ids(phases["Call 2 open"]));
        Assert.DoesNotContain(phases.Values, features => Ids(features).Contains(Placeholder));
    }

    private static string Old(string id) => id == StartUpsModule.Id ? Placeholder : id;

    private static string[] Ids(string features) => features.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static async Task<Dictionary<string, string>> PhasesAsync(IntegraAppFactory app)
    {
        _ = app.ServerAddress;
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Phases.AsNoTracking().ToDictionaryAsync(p => p.Name, p => p.Features, Cancel);
    }
}
