using Integra.Applications.Forms;

namespace Integra.StartUps.Services;

/// <summary>The business sectors a component 2 application names; the first five are the calls' default priorities.</summary>
public static class Sectors
{
    public const string Design = "design";
    public const string It = "it";
    public const string Web = "web";
    public const string OrganicFarming = "organic-farming";
    public const string FoodProcessing = "food-processing";
    public const string Other = "other";

    public static IReadOnlyList<string> DefaultPriorities { get; } = [Design, It, Web, OrganicFarming, FoodProcessing];

    public static IReadOnlyList<FieldOption> Options { get; } =
    [
        new(Design, Text("Design", "Dizajn", "Dizajn")),
        new(It, Text("Information technology", "Teknologji informative", "Informacione tehnologije")),
        new(Web, Text("Web development", "Zhvillim uebi", "Veb razvoj")),
        new(OrganicFarming, Text("Organic farming", "Bujqësi organike", "Organska poljoprivreda")),
        new(FoodProcessing, Text("Food processing", "Përpunim ushqimi", "Prerada hrane")),
        new(Other, Text("Other", "Tjetër", "Drugo")),
    ];

    /// <summary>Form and rubric texts are data in the three written languages; Serbian Cyrillic is transliterated from the Latin.</summary>
    public static LocalizedText Text(string english, string albanian, string serbianLatin) =>
        new() { ["en"] = english, ["sq"] = albanian, ["sr-Latn"] = serbianLatin };
}
