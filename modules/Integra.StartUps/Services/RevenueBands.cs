namespace Integra.StartUps.Services;

/// <summary>Monthly revenue bands a monitoring visit records: a band, not a figure, is what owners tell a visitor.</summary>
public static class RevenueBands
{
    public static IReadOnlyList<(string Code, string Text)> All { get; } =
    [
        ("none", "No revenue yet"),
        ("under-500", "Under EUR 500 a month"),
        ("500-1500", "EUR 500 to 1,500 a month"),
        ("1500-5000", "EUR 1,500 to 5,000 a month"),
        ("over-5000", "Over EUR 5,000 a month"),
    ];

    public static string? Text(string? code) => All.FirstOrDefault(b => b.Code == code).Text;
}
