using System.Globalization;
using Integra.Applications.Data;
using Integra.Cms.Models;
using Integra.Contents.Services;

namespace Integra.Applications.PersonalData;

/// <summary>A call's title and close instant, read from its Call content item (the engine keeps only the translation set id).</summary>
public sealed class CallCalendar(IContentManager content)
{
    public sealed record CallInfo(string Title, DateTime? ClosesUtc);

    public async Task<IReadOnlyDictionary<long, CallInfo>> ForAsync(IEnumerable<CallSetup> calls, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        var result = new Dictionary<long, CallInfo>();
        foreach (var call in calls.DistinctBy(c => c.Id))
        {
            var translations = await content.GetTranslationsAsync(call.CallId, publishedOnly: false, cancellationToken);
            var item = translations.GetValueOrDefault(culture) ?? translations.Values.FirstOrDefault();
            result[call.Id] = new CallInfo(
                item?.DisplayText ?? $"C{call.Component}-{call.CallNumber}",
                translations.Values.Select(t => t.UtcDateTime(CmsContentTypes.Fields.ClosesAt)).FirstOrDefault(d => d is not null));
        }

        return result;
    }

    /// <summary>
    /// Whether the call's retention period has passed. A call whose content item is gone has no known close:
    /// its data is kept (and shows on the person page) until staff delete or anonymise it deliberately.
    /// </summary>
    public static bool RetentionPassed(CallSetup call, CallInfo info, DateTime utcNow) =>
        info.ClosesUtc is { } closes && closes.AddDays(call.RetentionDays) <= utcNow;
}
