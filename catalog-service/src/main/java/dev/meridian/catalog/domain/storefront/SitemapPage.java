package dev.meridian.catalog.domain.storefront;

import dev.meridian.catalog.domain.market.Market;
import java.util.List;

/** A market's sitemap: the URLs of one page, or, above the protocol's URL limit, an index of its pages. */
public sealed interface SitemapPage {

    Market market();

    record Index(Market market, int pages) implements SitemapPage {
    }

    record Urls(Market market, List<SitemapEntry> entries) implements SitemapPage {
    }
}
