using System.Security.Cryptography;
using System.Text;
using Integra.Core.Hosting;
using Microsoft.Extensions.Options;

namespace Integra.Search.Services;

/// <summary>
/// The name this node's cursor is stored under. It must not change across restarts, or the node would read
/// the whole queue again; two nodes on one machine differ by their app data folder.
/// </summary>
public sealed class SearchNode(IOptions<SearchOptions> options, AppDataFolder appData)
{
    public string Id { get; } = string.IsNullOrWhiteSpace(options.Value.NodeId)
        ? $"{Environment.MachineName}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(appData.Path)))[..12]}"
        : options.Value.NodeId.Trim();
}
