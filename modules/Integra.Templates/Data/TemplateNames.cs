using System.Text.RegularExpressions;

namespace Integra.Templates.Data;

public static partial class TemplateNames
{
    public const int MaxLength = 200;

    public static bool IsValid(string? name) => name is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(name);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
