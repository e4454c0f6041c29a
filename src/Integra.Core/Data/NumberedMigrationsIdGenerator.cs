using System.Globalization;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Integra.Core.Data;

/// <summary>
/// Migration ids as Integra writes them by hand, <c>0001_Name</c>. EF Core only recognises its own
/// 14-digit timestamps as ids, so without this a numbered migration could not be named as a target
/// (to build an older schema, or to step back).
/// </summary>
internal sealed class NumberedMigrationsIdGenerator : IMigrationsIdGenerator
{
    public string GenerateId(string name) =>
        DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "_" + name;

    public string GetName(string id) => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..];

    public bool IsValidId(string value)
    {
        var separator = value.IndexOf('_', StringComparison.Ordinal);
        return separator > 0 && value[..separator].All(char.IsAsciiDigit);
    }
}
