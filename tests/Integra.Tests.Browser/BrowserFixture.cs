using Microsoft.Playwright;

namespace Integra.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright, headless. A missing browser fails the tests with a message: never a skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("INTEGRA_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Where screenshots go, to be looked at after a run.</summary>
    public static string ScreenshotFolder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("INTEGRA_SCREENSHOTS") is { Length: > 0 } configured
                ? configured
                : Path.Combine(Path.GetTempPath(), "integra-screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ExecutablePath}: install it with 'apt-get install -y chromium' or set INTEGRA_CHROMIUM.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
