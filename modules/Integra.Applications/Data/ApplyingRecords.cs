namespace Integra.Applications.Data;

/// <summary>A document an applicant uploaded for a file field. The bytes live outside the web root, under the app data folder.</summary>
public sealed class ApplicationFile
{
    public long Id { get; set; }

    public long ApplicationId { get; set; }

    public required string FieldKey { get; set; }

    /// <summary>The name the applicant's file had, cleaned; shown to people, never used as a path.</summary>
    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    /// <summary>The file's name on disk (random), under the application's folder.</summary>
    public required string StoredName { get; set; }

    public string? UploadedByUserId { get; set; }

    public DateTime UploadedUtc { get; set; }
}

/// <summary>The consent a person gave to the call's text: which version, in which language, the exact text (by hash), when, and whether given on paper.</summary>
public sealed class ApplicationConsent
{
    public long Id { get; set; }

    public long ApplicationId { get; set; }

    /// <summary>The account that gave (or, assisted, recorded) the consent.</summary>
    public string? UserId { get; set; }

    public int ConsentVersion { get; set; }

    public required string Culture { get; set; }

    public required string TextSha256 { get; set; }

    /// <summary>Given on paper to staff who entered the application.</summary>
    public bool Assisted { get; set; }

    public DateTime AtUtc { get; set; }
}

/// <summary>A deadline reminder sent for a draft, so each is sent once.</summary>
public sealed class ApplicationReminder
{
    public long Id { get; set; }

    public long ApplicationId { get; set; }

    /// <summary>Which reminder: "3d" or "1d" before the close.</summary>
    public required string Kind { get; set; }

    public DateTime SentUtc { get; set; }
}
