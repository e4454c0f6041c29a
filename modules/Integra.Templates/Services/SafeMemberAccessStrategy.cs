using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using Fluid;
using Fluid.Accessors;

namespace Integra.Templates.Services;

/// <summary>
/// Templates read the public properties of registered types and of anonymous objects, nothing else:
/// anonymous objects are built for the template, so all they hold is meant to be shown.
/// </summary>
internal sealed class SafeMemberAccessStrategy : MemberAccessStrategy
{
    private readonly DefaultMemberAccessStrategy _registered = new();
    private readonly ConcurrentDictionary<(Type Type, string Name), IMemberAccessor?> _anonymous = new();

    public override IMemberAccessor GetAccessor(Type type, string name) =>
        _registered.GetAccessor(type, name) ?? (IsAnonymous(type) ? _anonymous.GetOrAdd((type, name), AnonymousAccessor) : null)!;

    public override void Register(Type type, IEnumerable<KeyValuePair<string, IMemberAccessor>> accessors) =>
        _registered.Register(type, accessors);

    private static IMemberAccessor? AnonymousAccessor((Type Type, string Name) key) =>
        key.Type.GetProperty(key.Name, BindingFlags.Public | BindingFlags.Instance) is { } property ? new PropertyInfoAccessor(property) : null;

    private static bool IsAnonymous(Type type) =>
        type.IsGenericType && type.IsSealed && type.Name.Contains("AnonymousType", StringComparison.Ordinal)
        && Attribute.IsDefined(type, typeof(CompilerGeneratedAttribute), inherit: false);
}
