namespace Integra.TestModule.Jobs;

/// <summary>Names this host, so a test running several hosts in one process can tell whose job run it sees.</summary>
public sealed class NoticeBoardNode
{
    public string Name { get; } = Guid.NewGuid().ToString("N");
}
