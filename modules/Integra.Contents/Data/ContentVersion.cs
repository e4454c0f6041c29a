namespace Integra.Contents.Data;

/// <summary>
/// The one row (<see cref="SingletonId"/>) whose number moves with every content write, in the same transaction.
/// Nodes sharing the database compare it with the version their cached published content was read at.
/// </summary>
public sealed class ContentVersion
{
    public const int SingletonId = 1;

    public int Id { get; set; }

    public long Version { get; set; }
}
