using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Integra.People.Services;

/// <summary>
/// The ZIP a data subject downloads: each feature adds JSON documents and files under its own folder. Paths
/// are made safe (no rooted or parent paths) and unique (a second "a.pdf" becomes "a (2).pdf").
/// </summary>
public sealed class PersonalDataArchive
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ZipArchive _zip;
    private readonly HashSet<string> _paths = new(StringComparer.OrdinalIgnoreCase);

    internal PersonalDataArchive(ZipArchive zip) => _zip = zip;

    public IReadOnlyCollection<string> Paths => _paths;

    public async Task AddJsonAsync(string path, object? document, CancellationToken cancellationToken)
    {
        await using var stream = Open(path);
        await JsonSerializer.SerializeAsync(stream, document, document?.GetType() ?? typeof(object), Json, cancellationToken);
    }

    public async Task AddFileAsync(string path, Stream content, CancellationToken cancellationToken)
    {
        await using var stream = Open(path);
        await content.CopyToAsync(stream, cancellationToken);
    }

    private Stream Open(string path)
    {
        var safe = string.Join('/', path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s is not "." and not ".."));
        if (safe.Length == 0)
        {
            safe = "file";
        }

        var unique = safe;
        for (var n = 2; !_paths.Add(unique); n++)
        {
            var extension = Path.GetExtension(safe);
            unique = $"{safe[..^extension.Length]} ({n}){extension}";
        }

        return _zip.CreateEntry(unique, CompressionLevel.Optimal).Open();
    }
}
