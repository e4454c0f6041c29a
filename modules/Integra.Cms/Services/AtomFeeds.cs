using System.Text;
using System.Xml;
using Integra.Contents.Models;
using Integra.Core.Settings;
using Microsoft.AspNetCore.Mvc;

namespace Integra.Cms.Services;

/// <summary>Atom 1.0 feeds of published items, linked from the head of the pages that list them.</summary>
public sealed class AtomFeeds(SiteContent site, SiteSettingsService settings)
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public async Task<IActionResult> RenderAsync(string title, string listPath, string feedPath, IReadOnlyList<ContentItem> items, CancellationToken cancellationToken)
    {
        var siteName = (await settings.GetAsync(cancellationToken)).SiteName;
        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8, OmitXmlDeclaration = true }))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartElement("feed", atom);
            xml.WriteAttributeString("xml", "lang", null, items.FirstOrDefault()?.Culture ?? listPath.Split('/')[1]);
            xml.WriteElementString("title", atom, $"{title} · {siteName}");
            xml.WriteElementString("id", atom, site.Absolute(feedPath));
            xml.WriteElementString("updated", atom, Timestamp(items.Select(Updated).DefaultIfEmpty(DateTime.UnixEpoch).Max()));
            WriteLink(xml, "self", site.Absolute(feedPath), "application/atom+xml");
            WriteLink(xml, "alternate", site.Absolute(listPath), "text/html");
            xml.WriteStartElement("author", atom);
            xml.WriteElementString("name", atom, siteName);
            xml.WriteEndElement();
            foreach (var item in items)
            {
                var url = site.Absolute(site.PathOf(item) ?? listPath);
                xml.WriteStartElement("entry", atom);
                xml.WriteElementString("title", atom, item.DisplayText);
                xml.WriteElementString("id", atom, url);
                xml.WriteElementString("updated", atom, Timestamp(Updated(item)));
                if (item.PublishedUtc is { } published)
                {
                    xml.WriteElementString("published", atom, Timestamp(published));
                }

                WriteLink(xml, "alternate", url, "text/html");
                if (!string.IsNullOrEmpty(item.Summary))
                {
                    xml.WriteElementString("summary", atom, item.Summary);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return new ContentResult { Content = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + output, ContentType = ContentType };
    }

    private static DateTime Updated(ContentItem item) => item.PublishedUtc is { } p && p > item.ModifiedUtc ? p : item.ModifiedUtc;

    private static string Timestamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static void WriteLink(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
