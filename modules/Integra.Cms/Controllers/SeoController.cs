using System.Text;
using System.Xml;
using Integra.Cms.Services;
using Integra.Contents.Models;
using Integra.Core.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Integra.Cms.Controllers;

/// <summary><c>/sitemap.xml</c> with every culture's alternates, and <c>/robots.txt</c> pointing to it.</summary>
[Area(CmsModule.Id)]
public sealed class SeoController(SiteContent site) : Controller
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>Pages every culture has, whatever the content.</summary>
    private static readonly string[] FixedPaths = [string.Empty, "/news", "/calls", "/events", "/faq", "/contact"];

    [HttpGet("/sitemap.xml")]
    [OutputCache(PolicyName = CmsOutputCache.Policy, Tags = [CmsOutputCache.AnyContentTag])]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        var entries = new List<IReadOnlyDictionary<string, (string Url, DateTime? Modified)>>();
        foreach (var path in FixedPaths)
        {
            entries.Add(Cultures.All.ToDictionary(c => c, c => (site.Absolute($"/{c}{path}"), (DateTime?)null)));
        }

        foreach (var type in site.Store.ContentTypes.Where(t => t.Listable && t.Has(ContentParts.Route)))
        {
            var items = new List<ContentItem>();
            foreach (var culture in Cultures.All)
            {
                items.AddRange(await site.AllAsync(type.Name, culture, cancellationToken));
            }

            foreach (var set in items.GroupBy(i => i.TranslationSetId))
            {
                entries.Add(set
                    .Where(i => site.PathOf(i) is not null)
                    .GroupBy(i => i.Culture)
                    .ToDictionary(g => g.Key, g => (site.Absolute(site.PathOf(g.First())!), (DateTime?)g.First().ModifiedUtc)));
            }
        }

        var output = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            xml.WriteStartElement("urlset", SitemapNamespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var entry in entries.Where(e => e.Count > 0))
            {
                foreach (var (_, (url, modified)) in entry)
                {
                    xml.WriteStartElement("url", SitemapNamespace);
                    xml.WriteElementString("loc", SitemapNamespace, url);
                    if (modified is { } when)
                    {
                        xml.WriteElementString("lastmod", SitemapNamespace, when.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                    }

                    foreach (var (alternateCulture, (alternateUrl, _)) in entry)
                    {
                        xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
                        xml.WriteAttributeString("rel", "alternate");
                        xml.WriteAttributeString("hreflang", alternateCulture);
                        xml.WriteAttributeString("href", alternateUrl);
                        xml.WriteEndElement();
                    }

                    xml.WriteEndElement();
                }
            }

            xml.WriteEndElement();
        }

        return Content(output.ToString(), "application/xml; charset=utf-8");
    }

    [HttpGet("/robots.txt")]
    public IActionResult Robots() =>
        Content($"User-agent: *\nDisallow: /admin\nDisallow: /account\n\nSitemap: {site.Absolute("/sitemap.xml")}\n", "text/plain; charset=utf-8");
}
