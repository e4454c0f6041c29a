using Integra.Core.Localization;

namespace Integra.Applications.Forms;

/// <summary>
/// The form a new call starts with: who the applicant is (filling the people registry), their plans, and their
/// documents. Staff change it in the form builder; component modules reshape it in code for their call types.
/// </summary>
public static class DefaultForm
{
    public const string AboutYou = "about-you";
    public const string Plans = "plans";
    public const string Documents = "documents";

    public static FormSchema Create() => new()
    {
        Steps =
        [
            new FormStep(AboutYou, Text("About you", "Për ju", "O vama"))
            {
                Fields =
                [
                    new FormField("first-name", FieldKind.Text, Text("First name", "Emri", "Ime")) { Required = true, MaxLength = 100, Person = PersonField.FirstName, Identifying = true },
                    new FormField("last-name", FieldKind.Text, Text("Last name", "Mbiemri", "Prezime")) { Required = true, MaxLength = 100, Person = PersonField.LastName, Identifying = true },
                    new FormField("personal-number", FieldKind.PersonalNumber, Text("Personal number", "Numri personal", "Lični broj"))
                    {
                        Required = true,
                        Pattern = @"^\d{10}$",
                        Help = Text("The 10 digits on your ID card.", "10 shifrat në letërnjoftimin tuaj.", "10 cifara sa vaše lične karte."),
                        Person = PersonField.PersonalNumber,
                        Identifying = true,
                        Sensitive = true,
                    },
                    new FormField("birth-date", FieldKind.Date, Text("Date of birth", "Data e lindjes", "Datum rođenja")) { Required = true, Person = PersonField.BirthDate, Identifying = true },
                    new FormField("sex", FieldKind.Choice, Text("Sex", "Gjinia", "Pol"))
                    {
                        Required = true,
                        Person = PersonField.Sex,
                        Options = [new("F", Text("Woman", "Grua", "Žena")), new("M", Text("Man", "Burrë", "Muškarac"))],
                    },
                    new FormField("municipality", FieldKind.Municipality, Text("Municipality where you live", "Komuna ku jetoni", "Opština u kojoj živite")) { Required = true, Person = PersonField.Municipality },
                    new FormField("phone", FieldKind.Phone, Text("Mobile phone", "Telefoni celular", "Mobilni telefon"))
                    {
                        Required = true,
                        Help = Text("For example 044 123 456.", "Për shembull 044 123 456.", "Na primer 044 123 456."),
                        Person = PersonField.Phone,
                        Identifying = true,
                    },
                    new FormField("return-status", FieldKind.Choice, Text("Which describes you?", "Cila ju përshkruan?", "Šta vas opisuje?"))
                    {
                        Required = true,
                        Person = PersonField.ReturnStatus,
                        Sensitive = true,
                        Options =
                        [
                            new("returnee", Text("I returned to Kosovo", "Jam kthyer në Kosovë", "Vratio/la sam se na Kosovo")),
                            new("local-vulnerable", Text("I live in Kosovo and my situation is difficult", "Jetoj në Kosovë dhe jam në gjendje të vështirë", "Živim na Kosovu i u teškoj sam situaciji")),
                        ],
                    },
                ],
            },
            new FormStep(Plans, Text("Your plans", "Planet tuaja", "Vaši planovi"))
            {
                Fields =
                [
                    new FormField("plan", FieldKind.LongText, Text("What do you want to do, and why?", "Çfarë doni të bëni dhe pse?", "Šta želite da radite i zašto?")) { Required = true, MinLength = 20, MaxLength = 4000 },
                    new FormField("experience", FieldKind.LongText, Text("Your experience (work, training, skills)", "Përvoja juaj (punë, trajnime, aftësi)", "Vaše iskustvo (posao, obuke, veštine)")) { MaxLength = 2000 },
                ],
            },
            new FormStep(Documents, Text("Documents", "Dokumentet", "Dokumenti"))
            {
                Fields =
                [
                    new FormField("id-card", FieldKind.File, Text("A copy or photo of your ID card", "Kopje ose foto e letërnjoftimit", "Kopija ili fotografija lične karte")) { Required = true, Identifying = true, Sensitive = true },
                    new FormField("other-documents", FieldKind.File, Text("Other documents (optional)", "Dokumente të tjera (opsionale)", "Ostali dokumenti (nije obavezno)")) { MaxFiles = 3 },
                ],
            },
        ],
    };

    public static LocalizedText Text(string english, string albanian, string serbianLatin) => new()
    {
        [Cultures.English] = english,
        [Cultures.Albanian] = albanian,
        [Cultures.SerbianLatin] = serbianLatin,
    };
}
