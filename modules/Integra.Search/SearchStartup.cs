using Integra.Contents.Services;
using Integra.Core.Modules;
using Integra.Search.Data;
using Integra.Search.Handlers;
using Integra.Search.Indexing;
using Integra.Search.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Search;

public sealed class SearchStartup : FeatureStartup
{
    public override void ConfigureServices(FeatureBuilder feature)
    {
        feature.AddPermissions<Permissions>()
            .AddAdminMenu<AdminMenu>()
            .AddSchema<SearchDbContext>()
            .AddSeed<PublishedContentSeed>()
            .AddJob<SearchQueuePruneJob>()
            .Contribute<IContentEventHandler, SearchIndexingHandler>();

        feature.Services.Configure<SearchOptions>(feature.Configuration.GetSection("Integra:Search"));
        feature.Services.AddSingleton<SearchNode>();
        feature.Services.AddSingleton<SearchIndexStore>(sp => SearchIndexStore.ForNode(sp));
        feature.Services.AddSingleton<IndexingStatus>();
        feature.Services.AddSingleton<ISearchService, LuceneSearchService>();
        feature.Services.AddScoped<SearchQueueProcessor>();
        feature.Services.AddScoped<SearchRebuilder>();
        feature.Services.AddHostedService<SearchIndexingService>();
    }
}
