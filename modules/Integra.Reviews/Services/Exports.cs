using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Integra.Reviews.Services;

/// <summary>A table to export: localized column headers, then rows of values in the same order.</summary>
public sealed record ExportTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>Writes a table as CSV (UTF-8 with BOM, so spreadsheet programs read Albanian and Serbian letters) or as XLSX.</summary>
public static class Exports
{
    public static byte[] Csv(ExportTable table)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', table.Columns.Select(Cell)).Append("\r\n");
        foreach (var row in table.Rows)
        {
            text.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static async Task<byte[]> XlsxAsync(ExportTable table, string sheet, CancellationToken cancellationToken)
    {
        var rows = table.Rows.Select(row =>
        {
            var record = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                record[table.Columns[i]] = row[i];
            }

            return record;
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: sheet, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        return stream.ToArray();
    }

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            int i => i.ToString(CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
        };

        // A text starting like a formula would run as one when the file is opened in a spreadsheet.
        if (value is string && text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
