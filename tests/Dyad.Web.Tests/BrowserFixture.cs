using Microsoft.Playwright;

namespace Dyad.Web.Tests;

/// <summary>
/// Debian's chromium (<c>/usr/bin/chromium</c>) driven by Playwright, launched once for the browser tests. Playwright's
/// own browser download is never used: the executable is given and nothing calls <c>install</c>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the screenshots go: <c>TestResults/screenshots</c> in the test output folder.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new FileNotFoundException($"{Chromium} is missing: install Debian's chromium (apt-get install chromium; CI does it in .ci/services.d/20-chromium.sh)");
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Directory.CreateDirectory(ScreenshotFolder);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
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
