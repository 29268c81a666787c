package dev.meridian.catalog.api.product;

import dev.meridian.catalog.domain.product.Image;
import dev.meridian.catalog.domain.product.OptionAxis;
import dev.meridian.catalog.service.product.ProductCommand;

/** Request body → command (the domain validates what the body's annotations do not). */
public final class ProductCommands {

    private ProductCommands() {
    }

    public static ProductCommand of(CreateProductRequest r) {
        return new ProductCommand(r.sku(), r.title(), r.price(), r.status(), r.description(), r.seoTitle(),
                r.seoDescription(), r.handle(), r.brand(), r.categoryId(),
                r.optionAxes() == null ? null : r.optionAxes().stream()
                        .map(a -> new OptionAxis(a.name(), a.label(), a.values())).toList(),
                r.hsCode(), r.originCountry(), r.taxCategory(), r.certifications(),
                r.images() == null ? null : r.images().stream().map(i -> new Image(i.url(), i.alt())).toList(),
                r.variants() == null ? null : r.variants().stream().map(v -> new ProductCommand.VariantCommand(v.sku(),
                        v.gtin(), v.options(), v.price(), v.weightGrams(), v.dimensions())).toList());
    }
}
