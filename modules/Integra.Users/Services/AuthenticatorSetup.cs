using System.Text;
using QRCoder;

namespace Integra.Users.Services;

/// <summary>What an authenticator app needs to add an account: the key as readable text and as a QR code.</summary>
public static class AuthenticatorSetup
{
    /// <summary>The key in groups of four lowercase letters, easier to type by hand.</summary>
    public static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                result.Append(' ');
            }

            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return result.ToString().ToLowerInvariant();
    }

    /// <summary>The key-uri that authenticator apps read (https://github.com/google/google-authenticator/wiki/Key-Uri-Format).</summary>
    public static string Uri(string issuer, string account, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(account)}" +
        $"?secret={key}&issuer={System.Uri.EscapeDataString(issuer)}&digits=6";

    /// <summary>A PNG data URI: the Content-Security-Policy allows <c>data:</c> images and nothing has to be served.</summary>
    public static string QrCodeDataUri(string uri) =>
        "data:image/png;base64," + Convert.ToBase64String(PngByteQRCodeHelper.GetQRCode(uri, QRCodeGenerator.ECCLevel.Q, 5));
}
