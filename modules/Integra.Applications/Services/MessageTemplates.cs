using System.Net;
using System.Text.RegularExpressions;
using Fluid;
using Integra.Applications.Data;
using Integra.Core.Localization;
using Integra.Templates.Services;
using Microsoft.EntityFrameworkCore;

namespace Integra.Applications.Services;

public enum MessageTemplateOrigin
{
    Edited,

    /// <summary>Serbian Cyrillic made from the Serbian Latin template.</summary>
    Transliterated,
    Default,
}

/// <summary>The template of one message in one culture, as it would be sent now.</summary>
public sealed record MessageTemplateSource(string MessageKey, string Culture, string Subject, string Body, MessageTemplateOrigin Origin, int Revision);

public sealed record RenderedMessage(string Subject, string Html, string Text);

/// <summary>A template that could not be parsed: which part, and the parser's words.</summary>
public sealed record MessageTemplateProblem(string Part, TemplateDiagnostic Diagnostic);

/// <summary>
/// The engine's e-mail templates: the defaults shipped in code, overridden per message and culture by staff edits
/// (<c>app_message_templates</c>), parsed and rendered by the one Liquid engine of Integra.Templates.
/// </summary>
public sealed partial class MessageTemplates(ApplicationsDbContext db, LiquidEngine engine, TimeProvider clock)
{
    private const string CachePrefix = "app-message:";

    /// <summary>The cultures a message can be written in; Serbian Cyrillic follows the Latin text unless written itself.</summary>
    public static IReadOnlyList<string> Cultures => Integra.Core.Localization.Cultures.All;

    public async Task<IReadOnlyList<MessageTemplate>> EditedAsync(CancellationToken cancellationToken) =>
        await db.MessageTemplates.AsNoTracking().ToListAsync(cancellationToken);

    /// <summary>The template used for <paramref name="key"/> in <paramref name="culture"/>: staff's, else the default.</summary>
    public async Task<MessageTemplateSource> SourceAsync(string key, string culture, CancellationToken cancellationToken)
    {
        culture = Integra.Core.Localization.Cultures.Normalize(culture) ?? Integra.Core.Localization.Cultures.Default;
        var edited = await db.MessageTemplates.AsNoTracking().Where(m => m.MessageKey == key).ToListAsync(cancellationToken);
        if (edited.FirstOrDefault(m => m.Culture == culture) is { } own)
        {
            return new MessageTemplateSource(key, culture, own.Subject, own.Body, MessageTemplateOrigin.Edited, own.Revision);
        }

        return Fallback(key, culture, edited.FirstOrDefault(m => m.Culture == Integra.Core.Localization.Cultures.SerbianLatin));
    }

    /// <summary>What is sent when the culture has no edit of its own; for Serbian Cyrillic, the current Serbian Latin text transliterated.</summary>
    public async Task<MessageTemplateSource> FallbackAsync(string key, string culture, CancellationToken cancellationToken)
    {
        var latin = await db.MessageTemplates.AsNoTracking()
            .FirstOrDefaultAsync(m => m.MessageKey == key && m.Culture == Integra.Core.Localization.Cultures.SerbianLatin, cancellationToken);
        return Fallback(key, culture, latin);
    }

    /// <summary>Saves over exactly <paramref name="expectedRevision"/> (0: no edit yet); false when someone saved in between.</summary>
    public async Task<bool> SaveAsync(string key, string culture, string subject, string body, int expectedRevision, string? user, CancellationToken cancellationToken)
    {
        var row = await db.MessageTemplates.FirstOrDefaultAsync(m => m.MessageKey == key && m.Culture == culture, cancellationToken);
        if ((row?.Revision ?? 0) != expectedRevision)
        {
            return false;
        }

        if (row is null)
        {
            row = new MessageTemplate { MessageKey = key, Culture = culture, Subject = subject, Body = body };
            db.MessageTemplates.Add(row);
        }

        row.Subject = subject;
        row.Body = body;
        row.Revision = expectedRevision + 1;
        row.ModifiedBy = user;
        row.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // A concurrent save of the same revision, or two first edits inserting the same message at once.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    public async Task<bool> ResetAsync(string key, string culture, CancellationToken cancellationToken) =>
        await db.MessageTemplates.Where(m => m.MessageKey == key && m.Culture == culture).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>The syntax problems of a subject and body, none when both parse.</summary>
    public IReadOnlyList<MessageTemplateProblem> Check(string subject, string body)
    {
        var problems = new List<MessageTemplateProblem>();
        if (engine.Parse(subject).Error is { } subjectError)
        {
            problems.Add(new MessageTemplateProblem("Subject", subjectError));
        }

        if (engine.Parse(body).Error is { } bodyError)
        {
            problems.Add(new MessageTemplateProblem("Body", bodyError));
        }

        return problems;
    }

    /// <summary>Renders a template with the values (HTML-encoded): the subject as plain text, the body as HTML and as text.</summary>
    public async Task<RenderedMessage> RenderAsync(MessageTemplateSource source, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken)
    {
        var version = $"{CachePrefix}{source.Origin}:{source.MessageKey}:{source.Culture}:{source.Revision}:";
        var subject = Parsed(engine.Parse(version + "subject:" + source.Subject.GetHashCode(StringComparison.Ordinal), () => source.Subject));
        var body = Parsed(engine.Parse(version + "body:" + source.Body.GetHashCode(StringComparison.Ordinal), () => source.Body));
        return await RenderAsync(subject, body, values, source.Culture, cancellationToken);
    }

    /// <summary>Renders what an editor typed, without caching it: for the preview.</summary>
    public async Task<RenderedMessage> RenderDraftAsync(string subject, string body, IReadOnlyDictionary<string, object?> values, string culture, CancellationToken cancellationToken) =>
        await RenderAsync(Parsed(engine.Parse(subject)), Parsed(engine.Parse(body)), values, culture, cancellationToken);

    /// <summary>The text part of an e-mail from its HTML: paragraphs and line breaks kept, links written out.</summary>
    public static string ToText(string html)
    {
        var text = LinkTag().Replace(html, m => $"{m.Groups["text"].Value}: {m.Groups["href"].Value}");
        text = BlockEnd().Replace(text, "\n\n");
        text = LineBreak().Replace(text, "\n");
        text = WebUtility.HtmlDecode(AnyTag().Replace(text, string.Empty));
        var lines = text.Split('\n').Select(l => SpaceRun().Replace(l, " ").Trim());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim() + "\n";
    }

    private async Task<RenderedMessage> RenderAsync(IFluidTemplate subject, IFluidTemplate body, IReadOnlyDictionary<string, object?> values, string culture, CancellationToken cancellationToken)
    {
        var model = values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        var renderedSubject = WebUtility.HtmlDecode(await engine.RenderAsync(subject, model, culture, cancellationToken));
        var html = await engine.RenderAsync(body, model, culture, cancellationToken);
        return new RenderedMessage(SpaceRun().Replace(renderedSubject, " ").Trim(), html.Trim(), ToText(html));
    }

    private static IFluidTemplate Parsed(ParsedTemplate parsed) =>
        parsed.Template ?? throw new InvalidOperationException(TemplateRenderer.Describe(parsed.Error!));

    private static MessageTemplateSource Fallback(string key, string culture, MessageTemplate? editedLatin)
    {
        if (culture == Integra.Core.Localization.Cultures.SerbianCyrillic)
        {
            var latin = editedLatin is null
                ? Default(key, Integra.Core.Localization.Cultures.SerbianLatin)
                : new MessageTemplateSource(key, Integra.Core.Localization.Cultures.SerbianLatin, editedLatin.Subject, editedLatin.Body, MessageTemplateOrigin.Edited, editedLatin.Revision);

            // The transliterator leaves {…} spans and HTML tags alone, so Liquid and markup survive it.
            return new MessageTemplateSource(key, culture, SerbianTransliterator.ToCyrillic(latin.Subject), SerbianTransliterator.ToCyrillic(latin.Body), MessageTemplateOrigin.Transliterated, latin.Revision);
        }

        return Default(key, culture);
    }

    /// <summary>The text shipped in code; Serbian Cyrillic transliterated from the shipped Serbian Latin.</summary>
    public static MessageTemplateSource Default(string key, string culture)
    {
        if (culture == Integra.Core.Localization.Cultures.SerbianCyrillic)
        {
            return Fallback(key, culture, null);
        }

        var text = MessageTemplatesDefaults.For(key, culture) ?? MessageTemplatesDefaults.For(key, Integra.Core.Localization.Cultures.Default)
            ?? throw new ArgumentException($"There is no message '{key}'.", nameof(key));
        return new MessageTemplateSource(key, culture, text.Subject, text.Body, MessageTemplateOrigin.Default, 0);
    }

    [GeneratedRegex("<a\\s[^>]*href=\"(?<href>[^\"]*)\"[^>]*>(?<text>.*?)</a>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex LinkTag();

    [GeneratedRegex("</(p|div|h[1-6]|li|tr|table|ul|ol)>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<br\\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex AnyTag();

    [GeneratedRegex("[ \\t\\r]+")]
    private static partial Regex SpaceRun();

    [GeneratedRegex("\\n{3,}")]
    private static partial Regex BlankLines();
}
