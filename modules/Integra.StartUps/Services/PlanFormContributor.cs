using Integra.Applications.Forms;
using static Integra.StartUps.Services.Sectors;

namespace Integra.StartUps.Services;

/// <summary>The business plan step of the second-stage call, where trainees who completed the training submit their plans.</summary>
public sealed class PlanFormContributor : IFormContributor
{
    public const string StepKey = "business-plan";

    public string CallType => StartUpCallTypes.BusinessPlan;

    public FormSchema Contribute(FormSchema form) => FormMerge.Ensure(form, Step);

    public static FormStep Step { get; } = new(StepKey, Text("Your business plan", "Plani juaj i biznesit", "Vaš biznis plan"))
    {
        ContributedBy = StartUpsModule.Id,
        Fields =
        [
            Field("plan-summary", FieldKind.LongText, Text("Summary: what you will sell, to whom, and why they will buy it", "Përmbledhje: çfarë do të shisni, kujt dhe pse do ta blejnë", "Sažetak: šta ćete prodavati, kome i zašto će kupovati"), required: true) with { MinLength = 100, MaxLength = 4000 },
            Field("sector", FieldKind.Choice, Text("Sector", "Sektori", "Sektor"), required: true) with { Options = Options },
            Field("market", FieldKind.LongText, Text("Your market and competitors", "Tregu dhe konkurrentët tuaj", "Vaše tržište i konkurenti"), required: true) with { MaxLength = 4000 },
            Field("operations", FieldKind.LongText, Text("How the business will work: premises, suppliers, staff", "Si do të funksionojë biznesi: lokali, furnitorët, punonjësit", "Kako će biznis raditi: prostor, dobavljači, zaposleni"), required: true) with { MaxLength = 4000 },
            Field("equipment", FieldKind.LongText, Text("Equipment requested, each item with supplier and estimated cost in EUR", "Pajisjet e kërkuara, secila me furnitorin dhe koston e përafërt në euro", "Tražena oprema, svaka stavka sa dobavljačem i procenjenom cenom u evrima"), required: true) with { MaxLength = 4000 },
            Field("monthly-revenue", FieldKind.Number, Text("Expected monthly revenue in the first year (EUR)", "Të ardhurat mujore të pritura në vitin e parë (euro)", "Očekivani mesečni prihod u prvoj godini (evra)"), required: true) with { Min = 0, Max = 1000000 },
            Field("monthly-costs", FieldKind.Number, Text("Expected monthly costs in the first year (EUR)", "Shpenzimet mujore të pritura në vitin e parë (euro)", "Očekivani mesečni troškovi u prvoj godini (evra)"), required: true) with { Min = 0, Max = 1000000 },
            Field("jobs", FieldKind.Number, Text("Jobs the business will create, including yours", "Vende pune që do të krijojë biznesi, përfshirë tuajin", "Radna mesta koja će biznis otvoriti, uključujući vaše"), required: true) with { Min = 1, Max = 100 },
        ],
    };

    private static FormField Field(string key, FieldKind kind, LocalizedText label, bool required = false) =>
        new(key, kind, label) { Required = required, ContributedBy = StartUpsModule.Id };
}
