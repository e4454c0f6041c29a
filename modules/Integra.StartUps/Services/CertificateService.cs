using System.Globalization;
using Integra.Applications.Services;
using Integra.Cms.Services;
using Integra.Core.Localization;
using Integra.People.Services;
using Integra.StartUps.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Integra.StartUps.Services;

/// <summary>
/// The training certificate: one A4 page in the trainee's language, for trainees whose training was recorded
/// complete. The font travels inside the module (DejaVu Sans: Albanian ë and ç, Serbian Latin and Cyrillic), so
/// the certificate looks the same on every server whatever fonts it has.
/// </summary>
public sealed class CertificateService(StartUpsDbContext db, IPersonRegistry people, SiteContent site, TrainingService training, IStringLocalizer<CertificateService> T)
{
    private const string Family = "DejaVu Sans";

    /// <summary>The places in component 2 of the person with this account whose training was recorded complete: their certificates.</summary>
    public async Task<IReadOnlyList<Beneficiary>> OfUserAsync(string? userId, CancellationToken cancellationToken)
    {
        if (userId is null || await people.FindByUserAsync(userId, cancellationToken) is not { } person)
        {
            return [];
        }

        return await db.Beneficiaries.AsNoTracking()
            .Where(b => b.PersonId == person.Id && db.BeneficiaryEvents.Any(e => e.BeneficiaryId == b.Id && e.Trigger == BeneficiaryTrigger.CompleteTraining))
            .OrderBy(b => b.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The certificate, or null when the beneficiary does not exist or has not completed the training.</summary>
    public async Task<(byte[] Pdf, string FileName)?> RenderAsync(long beneficiaryId, CancellationToken cancellationToken)
    {
        var beneficiary = await db.Beneficiaries.AsNoTracking().FirstOrDefaultAsync(b => b.Id == beneficiaryId, cancellationToken);
        var completed = await db.BeneficiaryEvents.AsNoTracking()
            .Where(e => e.BeneficiaryId == beneficiaryId && e.Trigger == BeneficiaryTrigger.CompleteTraining)
            .OrderByDescending(e => e.AtUtc).FirstOrDefaultAsync(cancellationToken);
        if (beneficiary is null || completed is null)
        {
            return null;
        }

        var person = await people.ResolveAsync(beneficiary.PersonId, cancellationToken);
        var name = string.Join(' ', new[] { person?.FirstName, person?.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)));
        var culture = Cultures.Normalize(beneficiary.Culture) ?? Cultures.Default;
        var cohortId = await db.CohortMembers.AsNoTracking().Where(m => m.BeneficiaryId == beneficiaryId).Select(m => (long?)m.CohortId).FirstOrDefaultAsync(cancellationToken);
        var cohort = cohortId is { } id ? await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) : null;
        var progress = cohort is null ? null : (await training.ProgressAsync(cohort.Id, cancellationToken)).FirstOrDefault(p => p.Beneficiary.Id == beneficiaryId);
        var trainers = cohort is null ? [] : await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohort.Id).Select(s => s.Trainer).Distinct().ToListAsync(cancellationToken);
        var municipalities = await site.MunicipalitiesAsync(culture, cancellationToken);
        var municipality = municipalities.TryGetValue(beneficiary.Municipality, out var item) ? item.DisplayText : beneficiary.Municipality;

        string[] lines;
        string title, certifies, footer;
        using (UiCulture.Use(culture))
        {
            title = T["Certificate"].Value;
            certifies = T["This certifies that"].Value;
            var body = progress is { Sessions: > 0 }
                ? T["has completed the training in business planning and management of the INTEGRA project, attending {0} of {1} sessions.", progress.Attended, progress.Sessions].Value
                : T["has completed the training in business planning and management of the INTEGRA project."].Value;
            lines =
            [
                body,
                T["Municipality: {0}", municipality].Value,
                .. trainers.Count > 0 ? [T["Trainers: {0}", string.Join(", ", trainers)].Value] : Array.Empty<string>(),
                T["Issued on {0}", completed.AtUtc.ToString("d", CultureInfo.CurrentCulture)].Value,
            ];
            footer = T["INTEGRA: sustainable local reintegration of women and youth returnees and local vulnerable people in Kosovo"].Value;
        }

        EmbeddedFonts.Register();
        using var document = new PdfDocument();
        document.Info.Title = $"{title}: {name}";
        document.Info.Subject = lines[0];
        document.Info.Author = "INTEGRA";
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        page.Orientation = PdfSharp.PageOrientation.Landscape;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var width = page.Width.Point;
            var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
            var heading = new XFont(Family, 40, XFontStyleEx.Bold, options);
            var big = new XFont(Family, 30, XFontStyleEx.Bold, options);
            var text = new XFont(Family, 14, XFontStyleEx.Regular, options);
            var small = new XFont(Family, 10, XFontStyleEx.Regular, options);
            gfx.DrawRectangle(new XPen(XColors.DarkSlateBlue, 3), 24, 24, width - 48, page.Height.Point - 48);
            var y = 110d;
            Centered(gfx, title, heading, width, ref y, 70);
            Centered(gfx, certifies, text, width, ref y, 50);
            Centered(gfx, name, big, width, ref y, 60);
            foreach (var line in lines)
            {
                foreach (var wrapped in Wrap(gfx, line, text, width - 160))
                {
                    Centered(gfx, wrapped, text, width, ref y, 24);
                }
            }

            var footerY = page.Height.Point - 60;
            Centered(gfx, footer, small, width, ref footerY, 0);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return (stream.ToArray(), $"certificate-{beneficiary.Reference ?? beneficiary.Id.ToString(CultureInfo.InvariantCulture)}.pdf");
    }

    private static void Centered(XGraphics gfx, string text, XFont font, double width, ref double y, double advance)
    {
        gfx.DrawString(text, font, XBrushes.Black, new XRect(0, y, width, font.Height), XStringFormats.TopCenter);
        y += advance;
    }

    private static IEnumerable<string> Wrap(XGraphics gfx, string text, XFont font, double maxWidth)
    {
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && gfx.MeasureString(candidate, font).Width > maxWidth)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }
}

/// <summary>PDFsharp's fonts come from the module's embedded DejaVu Sans; PDFsharp holds one resolver per process.</summary>
internal sealed class EmbeddedFonts : IFontResolver
{
    private const string Face = "DejaVuSans";
    private static readonly Lock Gate = new();
    private static readonly Lazy<byte[]> Regular = new(() =>
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream("Integra.StartUps.Fonts.DejaVuSans.ttf")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static void Register()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not EmbeddedFonts)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFonts();
            }
        }
    }

    // One face serves every style: bold and italic are drawn by PDFsharp's simulation.
    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) => new(Face, isBold, isItalic);

    public byte[]? GetFont(string faceName) => Regular.Value;
}
