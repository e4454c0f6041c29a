namespace Integra.Cms.Data;

/// <summary>A message sent through the contact form; kept so nothing is lost when mail fails.</summary>
public sealed class ContactMessage
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public required string Message { get; set; }
    public required string Culture { get; set; }
    public DateTime CreatedUtc { get; set; }
}
