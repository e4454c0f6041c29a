using System.Security.Cryptography;
using Integra.Core.Data;
using Integra.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integra.Core.Hosting;

/// <summary>What every site starts with: the roles, the first administrator, site settings and the phases.</summary>
internal sealed class CoreSeed(
    CoreDbContext db,
    UserManager<IntegraUser> users,
    RoleManager<IntegraRole> roles,
    IOptions<AdminOptions> adminOptions,
    TimeProvider clock,
    ILogger<CoreSeed> logger)
{
    private static readonly Dictionary<string, string> RoleDescriptions = new()
    {
        [Roles.Administrator] = "Enables features and phases, manages users, roles and settings.",
        [Roles.Editor] = "Communications staff: pages, news, calls, media and menus.",
        [Roles.ProgrammeOfficer] = "Screens applications, decides, follows beneficiaries.",
        [Roles.Evaluator] = "Scores the applications assigned to them.",
        [Roles.MunicipalOfficial] = "Municipal and central government officials taking part in the project.",
        [Roles.Applicant] = "People who apply to calls.",
    };

    /// <summary>
    /// The project's timeline as editable defaults. Feature ids of modules not installed yet are kept, so a
    /// phase takes effect fully once its modules arrive.
    /// </summary>
    private static readonly (string Name, string Description, string[] Features)[] DefaultPhases =
    [
        ("Inception", "December 2022: the website and capacity building for officials.", ["Integra.Cms", "Integra.Search", "Integra.Component1"]),
        ("Call 1 open", "First calls: business grants, vocational training, employment.", ["Integra.Cms", "Integra.Search", "Integra.Calls", "Integra.Component1", "Integra.StartUps", "Integra.Component3", "Integra.Component4"]),
        ("Implementation", "Training, equipment delivery, placements, monitoring; the CEC competition.", ["Integra.Cms", "Integra.Search", "Integra.Calls", "Integra.Component1", "Integra.StartUps", "Integra.Component3", "Integra.Component4", "Integra.Component5"]),
        ("Call 2 open", "Second calls for components 2, 3 and 4.", ["Integra.Cms", "Integra.Search", "Integra.Calls", "Integra.Component1", "Integra.StartUps", "Integra.Component3", "Integra.Component4", "Integra.Component5"]),
        ("Closure", "August 2025: results, reporting and the archive stay public.", ["Integra.Cms", "Integra.Search", "Integra.Results"]),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (await roles.FindByNameAsync(role) is null)
            {
                Check(await roles.CreateAsync(new IntegraRole(role) { Description = RoleDescriptions[role] }));
            }
        }

        if (!await db.SiteSettings.AnyAsync(cancellationToken))
        {
            db.SiteSettings.Add(new SiteSettingsRecord { Id = 1, Revision = Guid.NewGuid(), ContactEmail = "info@project-integra.net" });
        }

        if (!await db.Phases.AnyAsync(cancellationToken))
        {
            for (var i = 0; i < DefaultPhases.Length; i++)
            {
                var (name, description, features) = DefaultPhases[i];
                db.Phases.Add(new PhaseRecord { Name = name, Description = description, Features = string.Join('\n', features), Order = i + 1 });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await EnsureAdministratorAsync();
    }

    private async Task EnsureAdministratorAsync()
    {
        if ((await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0)
        {
            return;
        }

        var options = adminOptions.Value;
        var generated = string.IsNullOrEmpty(options.Password);
        var password = generated ? GeneratePassword() : options.Password!;
        var admin = new IntegraUser
        {
            UserName = options.Email,
            Email = options.Email,
            EmailConfirmed = true,
            DisplayName = "Administrator",
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        Check(await users.CreateAsync(admin, password));
        Check(await users.AddToRoleAsync(admin, Roles.Administrator));
        if (generated)
        {
            // Printed once, on the console only: it is never stored in clear or logged to files.
            Console.WriteLine();
            Console.WriteLine("==============================================================");
            Console.WriteLine($" Integra administrator created: {options.Email}");
            Console.WriteLine($" Password (shown once, change it after signing in): {password}");
            Console.WriteLine("==============================================================");
            Console.WriteLine();
        }
        else
        {
            logger.LogInformation("Administrator {Email} created with the configured password", options.Email);
        }
    }

    private static string GeneratePassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var chars = Enumerable.Range(0, 20).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]);
        // Satisfies the password policy whatever letters came out: digit, upper, lower and a symbol.
        return string.Concat(chars) + "-7aQ";
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
