using Integra.Core.Data;
using Integra.Core.Jobs;
using Integra.Core.Navigation;
using Integra.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Integra.Core.Modules;

/// <summary>What a feature's startup uses to declare its services and its contributions to the kernel.</summary>
public sealed class FeatureBuilder
{
    private readonly FeatureContributions _contributions;

    internal FeatureBuilder(FeatureDescriptor feature, IServiceCollection services, IConfiguration configuration, FeatureContributions contributions)
    {
        Feature = feature;
        Services = services;
        Configuration = configuration;
        _contributions = contributions;
    }

    public FeatureDescriptor Feature { get; }

    public IServiceCollection Services { get; }

    public IConfiguration Configuration { get; }

    public FeatureBuilder AddPermissions<T>() where T : class, IPermissionProvider => Contribute<IPermissionProvider, T>();

    public FeatureBuilder AddAdminMenu<T>() where T : class, IAdminMenuProvider => Contribute<IAdminMenuProvider, T>();

    /// <summary>Seed data, run exactly once: the first time the feature is enabled.</summary>
    public FeatureBuilder AddSeed<T>() where T : class, IFeatureSeed => Contribute<IFeatureSeed, T>();

    /// <summary>A recurring job that runs only while the feature is enabled, on one node at a time.</summary>
    public FeatureBuilder AddJob<T>() where T : class, IBackgroundJob => Contribute<IBackgroundJob, T>();

    /// <summary>
    /// The feature's own tables: a DbContext whose migrations are applied when the feature is enabled,
    /// with a schema history of its own.
    /// </summary>
    public FeatureBuilder AddSchema<TContext>() where TContext : DbContext
    {
        Services.AddIntegraDbContext<TContext>();
        _contributions.Add(Feature.Id, typeof(DbContext), typeof(TContext));
        return this;
    }

    /// <summary>
    /// Contributes an implementation of an extension point that a module defines (content types, search
    /// sources, ...). The module asks <see cref="FeatureContributions"/> for those of enabled features only.
    /// </summary>
    public FeatureBuilder Contribute<TContract, T>() where T : class, TContract
    {
        Services.TryAddScoped<T>();
        _contributions.Add(Feature.Id, typeof(TContract), typeof(T));
        return this;
    }
}
