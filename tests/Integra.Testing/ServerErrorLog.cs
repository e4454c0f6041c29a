using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Integra.Testing;

/// <summary>
/// The server's Error and Critical log entries, kept in memory: the test host writes no console a test can read,
/// so without them a 500 seen by a test (often only under load in the full run) would not say what failed.
/// </summary>
public sealed class ServerErrorLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue($"[{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}] {formatter(state, exception)}{(exception is null ? string.Empty : Environment.NewLine + exception)}");
            }
        }
    }
}

/// <summary>
/// Reports the server's errors in the test's output when a response is a server error (5xx), and adds the newest
/// one to the response's reason phrase, so the failing assertion's message and the output both say why.
/// </summary>
public sealed class ServerErrorReporter(ServerErrorLog log, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if ((int)response.StatusCode >= 500)
        {
            var entries = log.Entries;
            var output = TestContext.Current.TestOutputHelper;
            output?.WriteLine($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}; the server logged:");
            foreach (var entry in entries)
            {
                output?.WriteLine(entry);
            }

            if (entries.Count > 0)
            {
                response.ReasonPhrase = $"{response.ReasonPhrase}: {entries[^1].ReplaceLineEndings("\n").Split('\n')[0]}";
            }
        }

        return response;
    }
}
