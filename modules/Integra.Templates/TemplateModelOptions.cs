using Microsoft.Extensions.DependencyInjection;

namespace Integra.Templates;

/// <summary>
/// The model types whose public properties templates may read. Anonymous objects, dictionaries and
/// JsonObjects are always readable; any other type must be listed here, so a template cannot reach
/// into an object a module did not mean to expose.
/// </summary>
public sealed class TemplateModelOptions
{
    public HashSet<Type> Types { get; } = [];

    public TemplateModelOptions Allow<T>()
    {
        Types.Add(typeof(T));
        return this;
    }
}

public static class TemplateModelServiceCollectionExtensions
{
    /// <summary>Lets templates read the public properties of <typeparamref name="T"/>.</summary>
    public static IServiceCollection AddTemplateModel<T>(this IServiceCollection services) =>
        services.Configure<TemplateModelOptions>(o => o.Allow<T>());
}

/// <summary>Configuration section <c>Integra:Templates</c>.</summary>
public sealed class TemplatesOptions
{
    /// <summary>How long a node trusts its list of edited templates before asking the database again; an edit on this node is seen at once.</summary>
    public TimeSpan RecheckInterval { get; set; } = TimeSpan.FromSeconds(2);
}
