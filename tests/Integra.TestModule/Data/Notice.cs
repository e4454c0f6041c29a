namespace Integra.TestModule.Data;

public sealed class Notice
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string? Body { get; set; }
    public DateTime PublishedUtc { get; set; }

    /// <summary>Added by migration 0002; notices from before it are not pinned.</summary>
    public bool Pinned { get; set; }
}
