using System.Globalization;
using Integra.Cms.Services;

namespace Integra.People.Controllers;

/// <summary>What the registry's admin screens share: page size and municipality names.</summary>
internal static class AdminPages
{
    public const int PageSize = 25;

    public static int PageCount(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);

    /// <summary>Municipality names in the admin's language, by code (the registry stores codes).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> MunicipalitiesAsync(SiteContent site, CancellationToken cancellationToken) =>
        (await site.MunicipalitiesAsync(CultureInfo.CurrentUICulture.Name, cancellationToken))
            .OrderBy(m => m.Value.DisplayText, StringComparer.CurrentCulture)
            .ToDictionary(m => m.Key, m => m.Value.DisplayText);
}
