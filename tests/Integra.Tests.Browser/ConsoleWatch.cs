using Microsoft.Playwright;

namespace Integra.Tests.Browser;

/// <summary>What a page reports going wrong while a story runs: console errors, CSP violations, script errors and assets that failed to load.</summary>
public static class ConsoleWatch
{
    /// <summary>From now on, adds each problem of <paramref name="page"/> to <paramref name="errors"/>, with the page's address.</summary>
    public static void Start(IPage page, List<string> errors)
    {
        void Add(string problem)
        {
            lock (errors)
            {
                errors.Add($"{page.Url}: {problem}");
            }
        }

        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                Add(message.Text);
            }
        };
        page.PageError += (_, error) => Add(error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
            {
                Add($"{response.Status} {response.Url}");
            }
        };
    }
}
