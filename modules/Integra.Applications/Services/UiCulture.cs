using System.Globalization;
using Integra.Core.Localization;

namespace Integra.Applications.Services;

/// <summary>Switches the thread's culture for localizers while text for someone else (an applicant) is written.</summary>
public readonly struct UiCulture : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    private UiCulture(string culture)
    {
        (_culture, _uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Cultures.Info(Cultures.Normalize(culture) ?? Cultures.Default);
    }

    public static UiCulture Use(string culture) => new(culture);

    public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (_culture, _uiCulture);
}
