package dev.meridian.catalog.persistence;

import dev.meridian.catalog.domain.localization.SearchLanguage;
import dev.meridian.catalog.domain.product.Product;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One tsvector per product and locale, built with the locale's language configuration over unaccented text, so
 * "MÜSLI" finds "Müsli" (case and accents folded, German stemming).
 */
@ApplicationScoped
public class SearchIndexRepository {

    private final SqlRepository sql;

    public SearchIndexRepository(SqlRepository sql) {
        this.sql = sql;
    }

    public Uni<Void> reindex(Product product) {
        Set<String> locales = new LinkedHashSet<>(product.title().values().keySet());
        locales.addAll(product.details().description().keySet());
        return sql.update("delete from product_search where product_id = :id", Map.of("id", product.id()))
                .chain(() -> Multi.createFrom().iterable(locales).onItem()
                        .transformToUniAndConcatenate(locale -> insert(product, locale)).collect().last())
                .replaceWithVoid();
    }

    private Uni<Integer> insert(Product product, String locale) {
        String title = product.title().values().getOrDefault(locale, "");
        String body = String.join(" ", product.details().brand() == null ? "" : product.details().brand(),
                product.details().description().getOrDefault(locale, ""), product.sku());
        return sql.update("""
                insert into product_search (product_id, locale, config, document)
                values (:id, :locale, cast(:config as regconfig),
                  setweight(to_tsvector(cast(:config as regconfig), unaccent(:title)), 'A')
                  || setweight(to_tsvector(cast(:config as regconfig), unaccent(:body)), 'B'))""",
                Map.of("id", product.id(), "locale", locale, "config", SearchLanguage.configFor(locale),
                        "title", title, "body", body));
    }
}
