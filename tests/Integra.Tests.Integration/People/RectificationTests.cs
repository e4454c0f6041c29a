using System.Net;
using Integra.People.Data;
using Integra.People.Services;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.People;

public abstract partial class PeopleRegistryTests
{
    [Fact]
    public async Task Staff_correct_a_misspelt_record_with_a_reason_and_the_correction_reveals_a_duplicate()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var people = await PeopleApp.StartAsync(provider);
        var registered = await people.RecordAsync(new PersonDetails("Besa", "Morina", BirthDate, Sexes.Female, "klina") { PersonalNumber = "4444444444" });
        var typedOnPaper = await people.RecordAsync(new PersonDetails("Bsea", "Morina", BirthDate.AddDays(1), Sexes.Female, "klina"));
        var edit = $"/admin/people/{typedOnPaper.Id}/edit";

        using var officer = await people.App.CreateSignedInClientAsync(PeopleApp.OfficerEmail);
        using var shown = await officer.GetAsync($"/admin/people/{typedOnPaper.Id}", cancellationToken);
        Assert.Contains(edit, await shown.ReadPageAsync(cancellationToken), StringComparison.Ordinal);

        (string, string)[] Form(string personalNumber, string reason) =>
        [
            ("FirstName", "Besa"), ("LastName", "Morina"), ("BirthDate", BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("Sex", Sexes.Female), ("Municipality", "klina"), ("Phone", ""), ("Email", ""), ("PersonalNumber", personalNumber),
            ("ReturnStatus", ""), ("Reason", reason),
        ];

        using var refused = await officer.SubmitFormAsync(edit, edit, Form("12345", "She showed her ID card."), cancellationToken);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Numri personal ka 10 shifra, si në letërnjoftim.", await refused.ReadPageAsync(cancellationToken), StringComparison.Ordinal);
        using var withoutReason = await officer.SubmitFormAsync(edit, edit, Form("", ""), cancellationToken);
        Assert.Contains("Jepni arsyen e korrigjimit.", await withoutReason.ReadPageAsync(cancellationToken), StringComparison.Ordinal);
        Assert.Equal("Bsea", (await people.PersonAsync(typedOnPaper.Id))!.FirstName);

        using var corrected = await officer.SubmitFormAsync(edit, edit, Form("", "She showed her ID card: name and birth date were typed wrong."), cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var person = (await people.PersonAsync(typedOnPaper.Id))!;
        Assert.Equal("Besa", person.FirstName);
        Assert.Equal(BirthDate, person.BirthDate);
        Assert.Equal("besa morina", person.SearchName);

        var flags = await people.WithAsync(s => s.GetRequiredService<PeopleDbContext>().DuplicateFlags.AsNoTracking().ToListAsync(cancellationToken));
        Assert.Contains(flags, f => (f.PersonId, f.OtherPersonId) == (registered.Id, typedOnPaper.Id) && f.Reason == DuplicateReasons.NameBirthDateMunicipality);
        var audit = await people.AuditAsync();
        var entry = Assert.Single(audit, e => e.Action == "Person corrected");
        Assert.Equal(PeopleApp.OfficerEmail, entry.UserName);
        Assert.Equal("first name, birth date: She showed her ID card: name and birth date were typed wrong.", entry.Details);
    }
}
