package dev.meridian.catalog.api.storefront;

import dev.meridian.catalog.domain.market.Market;
import dev.meridian.catalog.domain.storefront.ProductPath;
import dev.meridian.catalog.domain.storefront.SitemapEntry;
import dev.meridian.catalog.domain.storefront.SitemapPage;
import java.util.Map;

/** The sitemap protocol's XML, with xhtml:link alternates per locale; URLs are absolute under the shop's origin. */
final class SitemapXml {

    private SitemapXml() {
    }

    static String of(SitemapPage page, String baseUrl) {
        return switch (page) {
            case SitemapPage.Index index -> index(index.market(), index.pages(), baseUrl);
            case SitemapPage.Urls urls -> urlset(urls, baseUrl);
        };
    }

    private static String index(Market market, int pages, String baseUrl) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int i = 1; i <= pages; i++) {
            out.append("  <sitemap><loc>").append(baseUrl).append("/v1/markets/").append(market.code())
                    .append("/sitemap.xml?page=").append(i).append("</loc></sitemap>\n");
        }
        return out.append("</sitemapindex>\n").toString();
    }

    /** One URL per product in the market's first locale it has a handle in; products without one are left out. */
    private static String urlset(SitemapPage.Urls page, String baseUrl) {
        Market market = page.market();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (SitemapEntry entry : page.entries()) {
            Map<String, String> handles = entry.handles();
            String first = market.locales().stream().filter(handles::containsKey).findFirst().orElse(null);
            if (first == null) {
                continue;
            }
            out.append("  <url>\n    <loc>").append(url(baseUrl, market, handles.get(first), first))
                    .append("</loc>\n    <lastmod>").append(entry.lastModified()).append("</lastmod>\n");
            for (String locale : market.locales()) {
                if (handles.containsKey(locale)) {
                    out.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(locale).append("\" href=\"")
                            .append(url(baseUrl, market, handles.get(locale), locale)).append("\"/>\n");
                }
            }
            out.append("  </url>\n");
        }
        return out.append("</urlset>\n").toString();
    }

    private static String url(String baseUrl, Market market, String handle, String locale) {
        return (baseUrl + ProductPath.of(market.code(), handle, locale)).replace("&", "&amp;");
    }
}
