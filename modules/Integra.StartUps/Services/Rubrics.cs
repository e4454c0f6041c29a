using Integra.Reviews.Services;
using static Integra.StartUps.Services.Sectors;

namespace Integra.StartUps.Services;

/// <summary>The scoring rubric component 2's calls start with (FACTS: innovative ideas, gaps in the local market, import substitution, eco-friendly products); staff edit it in the review settings.</summary>
public static class Rubrics
{
    public static IReadOnlyList<Criterion> Default { get; } =
    [
        new("innovation", Text("Innovation", "Inovacioni", "Inovativnost"), 1, 10)
        {
            Description = Text("Something new for the municipality: a product, a service or a way of working.", "Diçka e re për komunën: një produkt, shërbim ose mënyrë pune.", "Nešto novo za opštinu: proizvod, usluga ili način rada."),
        },
        new("market-need", Text("Market need", "Nevoja e tregut", "Potreba tržišta"), 1, 10)
        {
            Description = Text("Fills a gap in the local market; customers are named.", "Plotëson një zbrazëti në tregun lokal; klientët janë të përcaktuar.", "Popunjava prazninu na lokalnom tržištu; kupci su navedeni."),
        },
        new("import-substitution", Text("Import substitution", "Zëvendësimi i importit", "Zamena uvoza"), 1, 10),
        new("eco-friendliness", Text("Eco-friendliness", "Miqësia me mjedisin", "Ekološka prihvatljivost"), 1, 10),
        new("feasibility", Text("Feasibility", "Realizueshmëria", "Izvodljivost"), 2, 10)
        {
            Description = Text("The equipment, skills and costs make the business workable.", "Pajisjet, aftësitë dhe kostot e bëjnë biznesin të realizueshëm.", "Oprema, veštine i troškovi čine biznis izvodljivim."),
        },
        new("commitment", Text("Commitment", "Përkushtimi", "Posvećenost"), 1, 10),
    ];
}
