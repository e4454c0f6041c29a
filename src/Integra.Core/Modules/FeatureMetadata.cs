namespace Integra.Core.Modules;

/// <summary>Endpoint metadata naming the feature an endpoint belongs to.</summary>
public sealed record FeatureMetadata(string FeatureId);

/// <summary>Puts a controller into a feature other than its module's main feature.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class FeatureAttribute(string featureId) : Attribute
{
    public string FeatureId { get; } = featureId;
}
