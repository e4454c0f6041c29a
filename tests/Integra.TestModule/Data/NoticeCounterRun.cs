namespace Integra.TestModule.Data;

/// <summary>One run of <see cref="Jobs.NoticeCounterJob"/>, so tests can see when and where the job ran.</summary>
public sealed class NoticeCounterRun
{
    public long Id { get; set; }
    public required string Node { get; set; }
    public DateTime StartedUtc { get; set; }
    public DateTime FinishedUtc { get; set; }
    public int NoticeCount { get; set; }
}
