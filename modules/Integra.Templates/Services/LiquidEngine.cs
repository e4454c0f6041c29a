using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using Integra.Core.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Integra.Templates.Services;

/// <summary>A parse problem, with the place in the source when the parser names one.</summary>
public sealed record TemplateDiagnostic(string Message, int? Line, int? Column);

/// <summary>A parsed template, or why the source could not be parsed.</summary>
public sealed record ParsedTemplate(IFluidTemplate? Template, TemplateDiagnostic? Error);

/// <summary>
/// The Liquid engine every template goes through: one parser, one set of options (safe member access,
/// step and recursion limits, the Integra filters) and a cache of parsed sources.
/// </summary>
public sealed partial class LiquidEngine
{
    public const string LocalTimeZone = "Europe/Belgrade";

    /// <summary>Encodes what HTML needs encoded (&lt; &gt; &amp; quotes) and leaves Albanian and Cyrillic letters readable.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly FluidParser _parser = new();
    private readonly TemplateOptions _options;
    private readonly ConcurrentDictionary<string, ParsedTemplate> _parsed = new(StringComparer.Ordinal);
    private readonly IStringLocalizer _localizer;

    public LiquidEngine(IStringLocalizerFactory localizers, IOptions<TemplateModelOptions> models)
    {
        _localizer = localizers.Create(typeof(LiquidEngine));
        _options = new TemplateOptions
        {
            MemberAccessStrategy = new SafeMemberAccessStrategy(),
            // A filter name with a typo is an error the editor hears about, not text that silently disappears.
            StrictFilters = true,
            MaxSteps = 100_000,
            MaxRecursion = 20,
            TimeZone = Zone,
        };
        foreach (var type in models.Value.Types)
        {
            _options.MemberAccessStrategy.Register(type);
        }

        // Integra stores every DateTime in UTC, whatever Kind the database hands back.
        _options.ValueConverters.Add(value => value is DateTime date
            ? new DateTimeValue(new DateTimeOffset(date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : DateTime.SpecifyKind(date, DateTimeKind.Utc)))
            : null);
        _options.Filters.AddFilter("t", Translate);
        _options.Filters.AddFilter("date_local", DateLocal);
        _options.Filters.AddFilter("media_url", MediaUrl);
    }

    public static TimeZoneInfo Zone { get; } =
        TimeZoneInfo.TryFindSystemTimeZoneById(LocalTimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    public ParsedTemplate Parse(string source)
    {
        if (_parser.TryParse(source, out var template, out var error))
        {
            return new ParsedTemplate(template, null);
        }

        return new ParsedTemplate(null, Diagnose(error));
    }

    /// <summary>Parses once per key; the key names the source's origin and revision, so an edit gets a new key.</summary>
    public ParsedTemplate Parse(string cacheKey, Func<string> source) => _parsed.GetOrAdd(cacheKey, _ => Parse(source()));

    public void Forget(string cacheKeyPrefix)
    {
        foreach (var key in _parsed.Keys.Where(k => k.StartsWith(cacheKeyPrefix, StringComparison.Ordinal)))
        {
            _parsed.TryRemove(key, out _);
        }
    }

    /// <summary>Renders with HTML encoding of every printed value, in the given culture; throws what the template throws.</summary>
    public async Task<string> RenderAsync(IFluidTemplate template, object model, string culture, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var info = Cultures.Info(Cultures.Normalize(culture) ?? Cultures.Default);
        var (previousCulture, previousUiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            // The t filter reads the UI culture, as every localizer does.
            CultureInfo.CurrentCulture = info;
            CultureInfo.CurrentUICulture = info;
            var context = new TemplateContext(model, _options, allowModelMembers: false) { CultureInfo = info, TimeZone = Zone };
            return await template.RenderAsync(context, Encoder);
        }
        finally
        {
            CultureInfo.CurrentCulture = previousCulture;
            CultureInfo.CurrentUICulture = previousUiCulture;
        }
    }

    /// <summary>Fluid reports "message at (line:column)" followed by the offending source line.</summary>
    private static TemplateDiagnostic Diagnose(string error)
    {
        var match = ErrorPosition().Match(error);
        return match.Success
            ? new TemplateDiagnostic(match.Groups["message"].Value.Trim(), int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture))
            : new TemplateDiagnostic(error.Split('\n')[0].Trim(), null, null);
    }

    /// <summary><c>{{ "Read more" | t }}</c>, <c>{{ "Closes on {0}" | t: call.closes }}</c>: the UI string in the template's culture.</summary>
    private ValueTask<FluidValue> Translate(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var key = input.ToStringValue();
        var text = arguments.Count == 0
            ? _localizer[key]
            : _localizer[key, arguments.Values.Select(a => a.ToObjectValue()).ToArray()];
        return new StringValue(text.Value);
    }

    /// <summary><c>{{ item.published | date_local }}</c> or <c>| date_local: "D"</c>: a UTC time shown in Belgrade time, formatted for the culture.</summary>
    private static ValueTask<FluidValue> DateLocal(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.IsNil() || input.ToStringValue().Length == 0)
        {
            return NilValue.Instance;
        }

        var utc = input.ToObjectValue() switch
        {
            DateTimeOffset offset => offset,
            DateTime date => new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)),
            _ when DateTimeOffset.TryParse(input.ToStringValue(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
            _ => throw new FormatException($"date_local expects a date, not '{input.ToStringValue()}'."),
        };
        var format = arguments.Count > 0 ? arguments.At(0).ToStringValue() : "g";
        return new StringValue(TimeZoneInfo.ConvertTime(utc, Zone).ToString(format, context.CultureInfo));
    }

    /// <summary><c>{{ item.image | media_url }}</c> → <c>/media/path</c>; <c>| media_url: 640</c> asks for the media library's variant that wide (320, 640, 1024 or 1600).</summary>
    private static ValueTask<FluidValue> MediaUrl(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var path = input.ToStringValue().Trim();
        if (path.Length == 0)
        {
            return NilValue.Instance;
        }

        if (path.StartsWith("/media/", StringComparison.OrdinalIgnoreCase))
        {
            path = path["/media/".Length..];
        }

        var url = "/media/" + string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString));
        if (arguments.Count > 0)
        {
            var width = arguments.At(0).ToNumberValue();
            if (width <= 0 || width != decimal.Truncate(width))
            {
                throw new ArgumentOutOfRangeException(nameof(arguments), $"media_url expects a width in whole pixels, not '{arguments.At(0).ToStringValue()}'.");
            }

            url += "?w=" + width.ToString(CultureInfo.InvariantCulture);
        }

        return new StringValue(url);
    }

    [GeneratedRegex(@"^(?<message>.*?) at \((?<line>\d+):(?<column>\d+)\)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ErrorPosition();
}
