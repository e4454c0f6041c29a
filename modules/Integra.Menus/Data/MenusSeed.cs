using Integra.Core.Data;
using Integra.Core.Localization;

namespace Integra.Menus.Data;

/// <summary>
/// The main menu in every culture: home, and the pages the website module provides (news, calls, events,
/// questions, search, contact). Texts are data, written per culture, Serbian Cyrillic included.
/// </summary>
public sealed class MenusSeed(MenusDbContext db) : IFeatureSeed
{
    private static readonly IReadOnlyDictionary<string, string[]> Texts = new Dictionary<string, string[]>
    {
        [Cultures.Albanian] = ["Ballina", "Lajme", "Thirrje", "Aktivitete", "Pyetje", "Kërko", "Kontakti"],
        [Cultures.English] = ["Home", "News", "Calls", "Events", "Questions", "Search", "Contact"],
        [Cultures.SerbianLatin] = ["Početna", "Vesti", "Pozivi", "Događaji", "Pitanja", "Pretraga", "Kontakt"],
        [Cultures.SerbianCyrillic] = ["Почетна", "Вести", "Позиви", "Догађаји", "Питања", "Претрага", "Контакт"],
    };

    private static readonly string[] Paths = ["", "/news", "/calls", "/events", "/faq", "/search", "/contact"];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var culture in Cultures.All)
        {
            for (var i = 0; i < Paths.Length; i++)
            {
                db.Items.Add(new MenuItem { Menu = MenuNames.Main, Culture = culture, Text = Texts[culture][i], Url = $"/{culture}{Paths[i]}", Order = i + 1 });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
