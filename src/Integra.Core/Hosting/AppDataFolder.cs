using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Integra.Core.Hosting;

/// <summary>
/// The folder for the site's local data: SQLite database, data-protection keys, mail pickup, indexes.
/// <c>App_Data</c> under the content root unless <c>Integra:AppData</c> names another.
/// </summary>
public sealed class AppDataFolder(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public static AppDataFolder From(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Integra:AppData"];
        var path = string.IsNullOrWhiteSpace(configured)
            ? System.IO.Path.Combine(environment.ContentRootPath, "App_Data")
            : System.IO.Path.Combine(environment.ContentRootPath, configured);
        Directory.CreateDirectory(path);
        return new AppDataFolder(path);
    }
}
