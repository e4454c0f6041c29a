using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Integra.Core.Modules;

/// <summary>Tags every controller action with the feature it belongs to, so the feature gate can find it.</summary>
internal sealed class FeatureEndpointConvention(ModuleCatalog catalog) : IApplicationModelConvention
{
    public void Apply(ApplicationModel application)
    {
        foreach (var controller in application.Controllers)
        {
            var featureId = controller.ControllerType.GetCustomAttribute<FeatureAttribute>()?.FeatureId
                ?? catalog.MainFeatureOf(controller.ControllerType.Assembly)?.Id;
            if (featureId is null)
            {
                continue;
            }

            if (catalog.Find(featureId) is null)
            {
                throw new InvalidOperationException($"Controller {controller.ControllerType.Name} names feature '{featureId}', which is not installed.");
            }

            var metadata = new FeatureMetadata(featureId);
            foreach (var selector in controller.Actions.SelectMany(a => a.Selectors))
            {
                selector.EndpointMetadata.Add(metadata);
            }
        }
    }
}
