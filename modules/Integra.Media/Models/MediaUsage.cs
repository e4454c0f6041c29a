namespace Integra.Media.Models;

/// <summary>Where a media file is used: what a staff member would call it, and the admin page that edits it.</summary>
public sealed record MediaUsage(string Title, string AdminUrl);
