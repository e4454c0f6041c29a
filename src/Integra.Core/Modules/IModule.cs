namespace Integra.Core.Modules;

/// <summary>
/// Implemented once per module assembly: the single place where a module says who it is.
/// The host finds it among its references; it needs a public parameterless constructor.
/// </summary>
public interface IModule
{
    ModuleManifest Manifest { get; }
}
