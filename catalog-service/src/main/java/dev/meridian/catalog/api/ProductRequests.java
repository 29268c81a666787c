package dev.meridian.catalog.api;

import dev.meridian.catalog.domain.Image;
import dev.meridian.catalog.domain.LocalizedText;
import dev.meridian.catalog.domain.OptionAxis;
import dev.meridian.catalog.domain.ProductDetails;
import dev.meridian.catalog.domain.Variant;
import java.util.List;
import java.util.Map;

/** Request body → domain values (the domain validates). */
final class ProductRequests {

    private ProductRequests() {
    }

    static ProductDetails details(CreateProductRequest r, Map<String, String> defaultHandles) {
        Map<String, String> handle = r.handle() == null || r.handle().isEmpty() ? defaultHandles : r.handle();
        return new ProductDetails(r.description(), r.seoTitle(), r.seoDescription(), handle, r.brand(), r.categoryId(),
                r.optionAxes() == null ? null : r.optionAxes().stream()
                        .map(a -> new OptionAxis(a.name(), a.label(), a.values())).toList(),
                r.hsCode(), r.originCountry(), r.taxCategory(), r.certifications(),
                r.images() == null ? null : r.images().stream().map(i -> new Image(i.url(), i.alt())).toList());
    }

    static List<Variant> variants(CreateProductRequest r) {
        if (r.variants() == null) {
            return null;
        }
        return r.variants().stream().map(v -> new Variant(v.sku(), v.gtin(), v.options(),
                v.price() == null ? r.price() : v.price(), v.weightGrams(), v.dimensions())).toList();
    }

    static LocalizedText title(CreateProductRequest r) {
        return new LocalizedText(r.title());
    }
}
