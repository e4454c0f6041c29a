using Integra.Contents.Models;
using Integra.Core.Modules;
using Integra.Core.Security;

namespace Integra.Contents;

public static class ContentTypeRegistration
{
    /// <summary>
    /// Declares the feature's content types. Besides contributing the provider, it gives Editors the types'
    /// permissions the first time this feature is enabled, even when that is long after Contents was.
    /// </summary>
    public static FeatureBuilder AddContentTypes<T>(this FeatureBuilder feature) where T : class, IContentTypeProvider =>
        feature.Contribute<IContentTypeProvider, T>().AddPermissions<ContentTypeDefaultGrants<T>>();
}

/// <summary>
/// Editors' default grants for one provider's types. It declares no permissions itself: the Contents
/// feature lists those of every enabled type.
/// </summary>
public sealed class ContentTypeDefaultGrants<T>(T provider) : IPermissionProvider where T : class, IContentTypeProvider
{
    public IEnumerable<Permission> GetPermissions() => [];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
        [(Roles.Editor, provider.GetContentTypes().SelectMany(Permissions.ForType).ToList())];
}
