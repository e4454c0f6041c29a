using System.Globalization;
using System.Text;
using Integra.Core.Data;

namespace Integra.Admin.Services;

/// <summary>
/// The audit log as CSV (RFC 4180): UTF-8 with a byte order mark so that Excel reads Albanian and Serbian
/// letters right, and cells that a spreadsheet would run as a formula are made inert.
/// </summary>
public static class AuditCsv
{
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static async Task WriteAsync(TextWriter writer, IReadOnlyList<string> header, IAsyncEnumerable<AuditEntry> entries, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        await WriteRowAsync(writer, header);
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            await WriteRowAsync(writer,
            [
                SiteClock.ToLocal(entry.Utc, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                DateTime.SpecifyKind(entry.Utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                entry.UserName,
                entry.Module,
                entry.Action,
                entry.Subject,
                entry.Details,
                entry.IpAddress,
            ]);
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static Task WriteRowAsync(TextWriter writer, IReadOnlyList<string?> cells) =>
        writer.WriteAsync(string.Join(',', cells.Select(Cell)) + "\r\n");

    /// <summary>One field: neutralized if a spreadsheet would take it for a formula, quoted when it holds a separator, quote or line break.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        // OWASP's list of formula triggers: a leading quote makes the spreadsheet read the cell as text.
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
