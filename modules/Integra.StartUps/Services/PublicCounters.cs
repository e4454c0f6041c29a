using Integra.Applications.Services;
using Integra.Cms.Models;
using Integra.Cms.Services;
using Integra.Core.Indicators;
using Integra.StartUps.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Integra.StartUps.Services;

/// <summary>The number of businesses established, on component 2's public page, against the target; gone while the feature is off.</summary>
public sealed class PublicCounters(IndicatorService indicators, IStringLocalizer<PublicCounters> T) : IComponentCounterProvider
{
    public async Task<IReadOnlyList<ComponentCounter>> CountersAsync(string component, string culture, CancellationToken cancellationToken)
    {
        if (component != StartUpsModule.Component
            || await indicators.ComputeAsync(StartUpsIndicators.BusinessesEstablished, IndicatorPeriod.All, cancellationToken) is not { } established)
        {
            return [];
        }

        using (UiCulture.Use(culture))
        {
            return [new ComponentCounter(T["New businesses established"], established.Actual) { Target = established.Indicator.Target }];
        }
    }
}

/// <summary>A business registered moves the counter, so cached component pages go.</summary>
public sealed class PublicCounterEviction(IOutputCacheStore store) : IBeneficiaryTransitionHandler
{
    public async Task OnTransitionedAsync(Beneficiary beneficiary, BeneficiaryEvent change, CancellationToken cancellationToken)
    {
        if (change.Trigger == BeneficiaryTrigger.Register)
        {
            await store.EvictByTagAsync(CmsOutputCache.TypeTagPrefix + CmsContentTypes.ComponentPage, cancellationToken);
        }
    }
}
