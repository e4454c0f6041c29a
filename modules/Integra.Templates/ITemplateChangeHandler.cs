namespace Integra.Templates;

/// <summary>
/// Told when staff save or reset a template, after the change is stored; contribute it with
/// <c>feature.Contribute&lt;ITemplateChangeHandler, T&gt;()</c>. A module that caches what templates render (the
/// website's output cache) evicts it here.
/// </summary>
public interface ITemplateChangeHandler
{
    Task ChangedAsync(string name, CancellationToken cancellationToken);
}
