using Integra.Contents.Models;
using Integra.Contents.Services;
using Integra.Core.Security;

namespace Integra.Contents;

/// <summary>
/// The content list, plus five permissions per content type of the enabled features: a disabled feature's
/// types take their permissions with them.
/// </summary>
public sealed class Permissions(IContentManager contents) : IPermissionProvider
{
    public const string ListContent = "ListContent";

    private const string Category = "Content";

    public static string Create(string type) => $"CreateContent.{type}";

    public static string EditOwn(string type) => $"EditOwnContent.{type}";

    public static string Edit(string type) => $"EditContent.{type}";

    public static string Publish(string type) => $"PublishContent.{type}";

    public static string Delete(string type) => $"DeleteContent.{type}";

    public static IEnumerable<Permission> ForType(ContentTypeDefinition type) =>
    [
        new(Create(type.Name), $"Create {type.DisplayName} items", Category),
        new(EditOwn(type.Name), $"Edit own {type.DisplayName} items", Category),
        new(Edit(type.Name), $"Edit all {type.DisplayName} items", Category),
        new(Publish(type.Name), $"Publish and unpublish {type.DisplayName} items", Category),
        new(Delete(type.Name), $"Delete {type.DisplayName} items", Category),
    ];

    public IEnumerable<Permission> GetPermissions() =>
        contents.ContentTypes.SelectMany(ForType).Prepend(new Permission(ListContent, "Open the content list", Category));

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() => [(Roles.Editor, GetPermissions().ToList())];
}
