using Integra.Applications.Forms;
using static Integra.StartUps.Services.Sectors;

namespace Integra.StartUps.Services;

/// <summary>
/// The business step of a component 2 grant call's form. Added where the call's form lacks it, field by field, so
/// staff may reword, reorder or extend it in the form builder and their version wins.
/// </summary>
public sealed class GrantFormContributor : IFormContributor
{
    public const string StepKey = "business";

    public string CallType => StartUpCallTypes.Grant;

    public FormSchema Contribute(FormSchema form) => FormMerge.Ensure(form, Step);

    public static FormStep Step { get; } = new(StepKey, Text("Your business idea", "Ideja juaj e biznesit", "Vaša biznis ideja"))
    {
        ContributedBy = StartUpsModule.Id,
        Fields =
        [
            Field("business-idea", FieldKind.LongText, Text("Describe your business idea", "Përshkruani idenë tuaj të biznesit", "Opišite svoju biznis ideju"), required: true) with { MinLength = 50, MaxLength = 3000 },
            Field("sector", FieldKind.Choice, Text("Sector", "Sektori", "Sektor"), required: true) with { Options = Options },
            Field("market-gap", FieldKind.LongText, Text("Which gap in the local market does it fill?", "Cilën zbrazëti në tregun lokal e plotëson?", "Koju prazninu na lokalnom tržištu popunjava?"), required: true) with { MaxLength = 2000 },
            Field("import-substitution", FieldKind.LongText, Text("Does it replace imported goods or services? How?", "A i zëvendëson mallrat ose shërbimet e importuara? Si?", "Da li zamenjuje uvoznu robu ili usluge? Kako?")) with { MaxLength = 2000 },
            Field("eco-friendly", FieldKind.LongText, Text("How is it friendly to the environment?", "Si është miqësore me mjedisin?", "Na koji način je prijateljska prema životnoj sredini?")) with { MaxLength = 2000 },
            Field("experience", FieldKind.LongText, Text("Your experience in this field", "Përvoja juaj në këtë fushë", "Vaše iskustvo u ovoj oblasti"), required: true) with { MaxLength = 2000 },
            Field("equipment", FieldKind.LongText, Text("Equipment you need, each item with its estimated cost in EUR", "Pajisjet që ju nevojiten, secila me koston e përafërt në euro", "Oprema koja vam je potrebna, svaka stavka sa procenjenom cenom u evrima"), required: true) with { MaxLength = 3000 },
            Field("equipment-total", FieldKind.Number, Text("Estimated total cost of the equipment (EUR)", "Kostoja e përafërt e përgjithshme e pajisjeve (euro)", "Procenjena ukupna cena opreme (evra)"), required: true) with { Min = 0, Max = 100000 },
            Field("co-financing", FieldKind.Consent, Text("I commit to paying my share of the grant as the call's guidelines set it", "Zotohem të paguaj pjesën time të grantit siç e përcaktojnë udhëzimet e thirrjes", "Obavezujem se da platim svoj deo granta kako ga određuju smernice poziva"), required: true),
        ],
    };

    private static FormField Field(string key, FieldKind kind, LocalizedText label, bool required = false) =>
        new(key, kind, label) { Required = required, ContributedBy = StartUpsModule.Id };
}

/// <summary>Adds a contributed step, or its missing fields, to a form without touching what staff already shaped.</summary>
public static class FormMerge
{
    public static FormSchema Ensure(FormSchema form, FormStep step)
    {
        // A field the form already asks elsewhere (the default form's "experience") is not asked twice: answers are keyed by field.
        var keys = form.Fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var missing = step.Fields.Where(f => !keys.Contains(f.Key)).ToList();
        if (form.Steps.All(s => s.Key != step.Key))
        {
            var beforeLast = form.Steps.Count > 0 && form.Steps[^1].Key == DefaultForm.Documents ? form.Steps.Count - 1 : form.Steps.Count;
            return form with { Steps = [.. form.Steps.Take(beforeLast), step with { Fields = [.. missing] }, .. form.Steps.Skip(beforeLast)] };
        }

        return missing.Count == 0
            ? form
            : form with { Steps = [.. form.Steps.Select(s => s.Key == step.Key ? s with { Fields = [.. s.Fields, .. missing] } : s)] };
    }
}
