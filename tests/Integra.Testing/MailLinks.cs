using System.Text.RegularExpressions;
using MimeKit;

namespace Integra.Testing;

public static partial class MailLinks
{
    /// <summary>The site-relative part (path and query) of the first link in the mail's text whose path starts with <paramref name="path"/>.</summary>
    public static string LinkTo(this MimeMessage message, string path)
    {
        foreach (Match match in Url().Matches(message.TextBody ?? string.Empty))
        {
            var uri = new Uri(match.Value);
            if (uri.AbsolutePath.StartsWith(path, StringComparison.Ordinal))
            {
                return uri.PathAndQuery;
            }
        }

        throw new InvalidOperationException($"The mail '{message.Subject}' has no link to {path}:\n{message.TextBody}");
    }

    [GeneratedRegex(@"https?://\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
