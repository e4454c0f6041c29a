using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Integra.Users.Services;

/// <summary>Identity tokens carried in e-mailed links, base64url-encoded so that no mail client breaks them.</summary>
public static class AccountTokens
{
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
