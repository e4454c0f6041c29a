using Integra.Cms.Seed;
using Integra.Core.Localization;

namespace Integra.Tests.Unit.Cms;

/// <summary>The seeded example calls say which call of their component they are, and the call number says the same.</summary>
public sealed class ExampleCallTests
{
    private static readonly Dictionary<int, (string Sq, string Sr, string En)> Ordinals = new()
    {
        [1] = ("thirrja e parë", "prvi poziv", "first call"),
        [2] = ("thirrja e dytë", "drugi poziv", "second call"),
    };

    [Fact]
    public void Each_example_call_is_named_in_every_language_as_the_call_its_number_says()
    {
        Assert.All(ExampleContent.Calls, call =>
        {
            var (sq, sr, en) = Ordinals[call.CallNumber];
            Assert.Contains($"{sq} (komponenti {call.Component})", call.Title.For(Cultures.Albanian), StringComparison.Ordinal);
            Assert.Contains($"{sr} (komponenta {call.Component})", call.Title.For(Cultures.SerbianLatin), StringComparison.Ordinal);
            Assert.Contains($"{SerbianTransliterator.ToCyrillic(sr)} (компонента {call.Component})", call.Title.For(Cultures.SerbianCyrillic), StringComparison.Ordinal);
            Assert.Contains($"{en} (component {call.Component})", call.Title.For(Cultures.English), StringComparison.Ordinal);
            Assert.All(Cultures.All, culture => Assert.EndsWith($"-{call.CallNumber}", call.Slug.For(culture), StringComparison.Ordinal));
        });
    }
}
