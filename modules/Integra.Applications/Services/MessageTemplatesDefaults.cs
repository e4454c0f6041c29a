using Integra.Core.Localization;

namespace Integra.Applications.Services;

/// <summary>
/// The e-mails as shipped: one subject and HTML body per message and culture. Staff edit them in the admin; Serbian
/// Cyrillic is the Serbian Latin text transliterated. Values are printed with <c>{{ name }}</c> and are HTML-encoded.
/// </summary>
public static class MessageTemplatesDefaults
{
    private const string Signature = "<p>{{ site_name }}</p>";

    private static readonly Dictionary<(string Key, string Culture), (string Subject, string Body)> Texts = new()
    {
        [(ApplicationMessages.Receipt, Cultures.English)] = (
            "We received your application {{ reference }}",
            """
            <p>Hello {{ applicant_name }},</p>
            <p>We received your application to “{{ call_title }}”. Its reference number is <strong>{{ reference }}</strong>; keep it for any question about your application.</p>
            <p>You can change your application and submit it again until {{ deadline }}; the last version you submit counts.</p>
            <p><a href="{{ link }}">See your application and its status</a></p>
            """),
        [(ApplicationMessages.Receipt, Cultures.Albanian)] = (
            "E morëm aplikimin tuaj {{ reference }}",
            """
            <p>Përshëndetje {{ applicant_name }},</p>
            <p>E morëm aplikimin tuaj për „{{ call_title }}”. Numri i referencës është <strong>{{ reference }}</strong>; ruajeni për çdo pyetje rreth aplikimit tuaj.</p>
            <p>Mund ta ndryshoni aplikimin dhe ta dorëzoni sërish deri më {{ deadline }}; vlen versioni i fundit që dorëzoni.</p>
            <p><a href="{{ link }}">Shihni aplikimin tuaj dhe gjendjen e tij</a></p>
            """),
        [(ApplicationMessages.Receipt, Cultures.SerbianLatin)] = (
            "Primili smo vašu prijavu {{ reference }}",
            """
            <p>Poštovani/a {{ applicant_name }},</p>
            <p>Primili smo vašu prijavu na „{{ call_title }}”. Njen referentni broj je <strong>{{ reference }}</strong>; sačuvajte ga za sva pitanja o prijavi.</p>
            <p>Prijavu možete menjati i ponovo podneti do {{ deadline }}; važi poslednja verzija koju podnesete.</p>
            <p><a href="{{ link }}">Pogledajte svoju prijavu i njen status</a></p>
            """),

        [(ApplicationMessages.DeadlineReminder, Cultures.English)] = (
            "Your application to {{ call_title }} is not submitted yet",
            """
            <p>Hello {{ applicant_name }},</p>
            <p>You started an application to “{{ call_title }}” but have not submitted it yet. The call closes on {{ deadline }}; applications that arrive later cannot be accepted.</p>
            <p><a href="{{ link }}">Continue your application</a></p>
            """),
        [(ApplicationMessages.DeadlineReminder, Cultures.Albanian)] = (
            "Aplikimi juaj për {{ call_title }} ende nuk është dorëzuar",
            """
            <p>Përshëndetje {{ applicant_name }},</p>
            <p>Keni filluar një aplikim për „{{ call_title }}”, por ende nuk e keni dorëzuar. Thirrja mbyllet më {{ deadline }}; aplikimet që arrijnë më vonë nuk mund të pranohen.</p>
            <p><a href="{{ link }}">Vazhdoni aplikimin tuaj</a></p>
            """),
        [(ApplicationMessages.DeadlineReminder, Cultures.SerbianLatin)] = (
            "Vaša prijava na {{ call_title }} još nije podneta",
            """
            <p>Poštovani/a {{ applicant_name }},</p>
            <p>Započeli ste prijavu na „{{ call_title }}”, ali je još niste podneli. Poziv se zatvara {{ deadline }}; prijave koje stignu kasnije ne mogu biti prihvaćene.</p>
            <p><a href="{{ link }}">Nastavite svoju prijavu</a></p>
            """),

        [(ApplicationMessages.ScreeningResult, Cultures.English)] = (
            "Your application {{ reference }}: {{ status }}",
            """
            <p>Hello {{ applicant_name }},</p>
            <p>We have checked whether your application to “{{ call_title }}” meets the conditions of the call. The result: <strong>{{ status }}</strong>.</p>
            {% if reason %}<p>Reason: {{ reason }}</p>{% endif %}
            <p><a href="{{ link }}">See your application</a></p>
            """),
        [(ApplicationMessages.ScreeningResult, Cultures.Albanian)] = (
            "Aplikimi juaj {{ reference }}: {{ status }}",
            """
            <p>Përshëndetje {{ applicant_name }},</p>
            <p>Kemi kontrolluar nëse aplikimi juaj për „{{ call_title }}” i plotëson kushtet e thirrjes. Rezultati: <strong>{{ status }}</strong>.</p>
            {% if reason %}<p>Arsyeja: {{ reason }}</p>{% endif %}
            <p><a href="{{ link }}">Shihni aplikimin tuaj</a></p>
            """),
        [(ApplicationMessages.ScreeningResult, Cultures.SerbianLatin)] = (
            "Vaša prijava {{ reference }}: {{ status }}",
            """
            <p>Poštovani/a {{ applicant_name }},</p>
            <p>Proverili smo da li vaša prijava na „{{ call_title }}” ispunjava uslove poziva. Rezultat: <strong>{{ status }}</strong>.</p>
            {% if reason %}<p>Obrazloženje: {{ reason }}</p>{% endif %}
            <p><a href="{{ link }}">Pogledajte svoju prijavu</a></p>
            """),

        [(ApplicationMessages.DecisionLetter, Cultures.English)] = (
            "Decision on your application {{ reference }}",
            """
            <p>Hello {{ applicant_name }},</p>
            <p>The selection for “{{ call_title }}” is complete. The decision on your application: <strong>{{ status }}</strong>.</p>
            {% if score %}<p>Final score: <strong>{{ score }}</strong> of 100.{% if rank %} Rank: <strong>{{ rank }}</strong>.{% endif %}</p>{% endif %}
            {% if reason %}<p>Reason: {{ reason }}</p>{% endif %}
            {% if appeal_deadline %}<p>If you disagree with the decision, you can appeal on your application's page until <strong>{{ appeal_deadline }}</strong>.</p>{% endif %}
            <p><a href="{{ link }}">See your application</a></p>
            """),
        [(ApplicationMessages.DecisionLetter, Cultures.Albanian)] = (
            "Vendimi për aplikimin tuaj {{ reference }}",
            """
            <p>Përshëndetje {{ applicant_name }},</p>
            <p>Përzgjedhja për „{{ call_title }}” ka përfunduar. Vendimi për aplikimin tuaj: <strong>{{ status }}</strong>.</p>
            {% if score %}<p>Pikët përfundimtare: <strong>{{ score }}</strong> nga 100.{% if rank %} Renditja: <strong>{{ rank }}</strong>.{% endif %}</p>{% endif %}
            {% if reason %}<p>Arsyeja: {{ reason }}</p>{% endif %}
            {% if appeal_deadline %}<p>Nëse nuk pajtoheni me vendimin, mund të ankoheni në faqen e aplikimit tuaj deri më <strong>{{ appeal_deadline }}</strong>.</p>{% endif %}
            <p><a href="{{ link }}">Shihni aplikimin tuaj</a></p>
            """),
        [(ApplicationMessages.DecisionLetter, Cultures.SerbianLatin)] = (
            "Odluka o vašoj prijavi {{ reference }}",
            """
            <p>Poštovani/a {{ applicant_name }},</p>
            <p>Izbor za „{{ call_title }}” je završen. Odluka o vašoj prijavi: <strong>{{ status }}</strong>.</p>
            {% if score %}<p>Konačni bodovi: <strong>{{ score }}</strong> od 100.{% if rank %} Mesto na rang-listi: <strong>{{ rank }}</strong>.{% endif %}</p>{% endif %}
            {% if reason %}<p>Obrazloženje: {{ reason }}</p>{% endif %}
            {% if appeal_deadline %}<p>Ako se ne slažete sa odlukom, možete podneti žalbu na stranici svoje prijave do <strong>{{ appeal_deadline }}</strong>.</p>{% endif %}
            <p><a href="{{ link }}">Pogledajte svoju prijavu</a></p>
            """),

        [(ApplicationMessages.AppealReceived, Cultures.English)] = (
            "We received your appeal on application {{ reference }}",
            """
            <p>Hello {{ applicant_name }},</p>
            <p>We received your appeal on your application to “{{ call_title }}”. We will examine it and write to you with the decision.</p>
            <p><a href="{{ link }}">See your application</a></p>
            """),
        [(ApplicationMessages.AppealReceived, Cultures.Albanian)] = (
            "E morëm ankesën tuaj për aplikimin {{ reference }}",
            """
            <p>Përshëndetje {{ applicant_name }},</p>
            <p>E morëm ankesën tuaj për aplikimin në „{{ call_title }}”. Do ta shqyrtojmë dhe do t'ju shkruajmë me vendimin.</p>
            <p><a href="{{ link }}">Shihni aplikimin tuaj</a></p>
            """),
        [(ApplicationMessages.AppealReceived, Cultures.SerbianLatin)] = (
            "Primili smo vašu žalbu na prijavu {{ reference }}",
            """
            <p>Poštovani/a {{ applicant_name }},</p>
            <p>Primili smo vašu žalbu u vezi sa prijavom na „{{ call_title }}”. Razmotrićemo je i javiti vam odluku.</p>
            <p><a href="{{ link }}">Pogledajte svoju prijavu</a></p>
            """),

        [(ApplicationMessages.AppealDecision, Cultures.English)] = (
            "Decision on your appeal, application {{ reference }}",
            """
            <p>Hello {{ applicant_name }},</p>
            <p>Your appeal on your application to “{{ call_title }}” has been decided: <strong>{{ status }}</strong>.</p>
            {% if reason %}<p>Reason: {{ reason }}</p>{% endif %}
            <p><a href="{{ link }}">See your application</a></p>
            """),
        [(ApplicationMessages.AppealDecision, Cultures.Albanian)] = (
            "Vendimi për ankesën tuaj, aplikimi {{ reference }}",
            """
            <p>Përshëndetje {{ applicant_name }},</p>
            <p>Ankesa juaj për aplikimin në „{{ call_title }}” u shqyrtua: <strong>{{ status }}</strong>.</p>
            {% if reason %}<p>Arsyeja: {{ reason }}</p>{% endif %}
            <p><a href="{{ link }}">Shihni aplikimin tuaj</a></p>
            """),
        [(ApplicationMessages.AppealDecision, Cultures.SerbianLatin)] = (
            "Odluka o vašoj žalbi, prijava {{ reference }}",
            """
            <p>Poštovani/a {{ applicant_name }},</p>
            <p>O vašoj žalbi u vezi sa prijavom na „{{ call_title }}” je odlučeno: <strong>{{ status }}</strong>.</p>
            {% if reason %}<p>Obrazloženje: {{ reason }}</p>{% endif %}
            <p><a href="{{ link }}">Pogledajte svoju prijavu</a></p>
            """),

        [(ApplicationMessages.Withdrawn, Cultures.English)] = (
            "Your application to {{ call_title }} is withdrawn",
            """
            <p>Hello {{ applicant_name }},</p>
            <p>As you asked, your application {{ reference }} to “{{ call_title }}” is withdrawn and will not be considered.</p>
            <p>If you did not ask for this, please contact us.</p>
            <p><a href="{{ link }}">See your application</a></p>
            """),
        [(ApplicationMessages.Withdrawn, Cultures.Albanian)] = (
            "Aplikimi juaj për {{ call_title }} u tërhoq",
            """
            <p>Përshëndetje {{ applicant_name }},</p>
            <p>Siç kërkuat, aplikimi juaj {{ reference }} për „{{ call_title }}” u tërhoq dhe nuk do të shqyrtohet.</p>
            <p>Nëse nuk e keni kërkuar këtë, ju lutemi na kontaktoni.</p>
            <p><a href="{{ link }}">Shihni aplikimin tuaj</a></p>
            """),
        [(ApplicationMessages.Withdrawn, Cultures.SerbianLatin)] = (
            "Vaša prijava na {{ call_title }} je povučena",
            """
            <p>Poštovani/a {{ applicant_name }},</p>
            <p>Kao što ste tražili, vaša prijava {{ reference }} na „{{ call_title }}” je povučena i neće biti razmatrana.</p>
            <p>Ako to niste tražili, molimo vas da nas kontaktirate.</p>
            <p><a href="{{ link }}">Pogledajte svoju prijavu</a></p>
            """),
    };

    /// <summary>The messages, in the order the admin lists them.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        ApplicationMessages.Receipt,
        ApplicationMessages.DeadlineReminder,
        ApplicationMessages.ScreeningResult,
        ApplicationMessages.DecisionLetter,
        ApplicationMessages.AppealReceived,
        ApplicationMessages.AppealDecision,
        ApplicationMessages.Withdrawn,
    ];

    /// <summary>What each message is for, in English (the localization key).</summary>
    public static string Description(string key) => key switch
    {
        ApplicationMessages.Receipt => "Sent when an application is submitted, with its reference number.",
        ApplicationMessages.DeadlineReminder => "Sent before the deadline to applicants whose application is still a draft.",
        ApplicationMessages.ScreeningResult => "Sent when staff decide whether an application is eligible.",
        ApplicationMessages.DecisionLetter => "The decision letter: selected, on the reserve list or not selected.",
        ApplicationMessages.AppealReceived => "Sent when an applicant appeals a decision.",
        ApplicationMessages.AppealDecision => "Sent when an appeal is decided.",
        ApplicationMessages.Withdrawn => "Sent when an application is withdrawn.",
        _ => key,
    };

    public static bool IsKnown(string key) => Keys.Contains(key, StringComparer.Ordinal);

    /// <summary>The shipped text for the culture; Serbian Cyrillic and unknown cultures have none of their own.</summary>
    public static (string Subject, string Body)? For(string key, string culture) =>
        Texts.TryGetValue((key, culture), out var text) ? (text.Subject, text.Body + Signature) : null;
}
