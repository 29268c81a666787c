package dev.meridian.catalog.service.product;

import dev.meridian.catalog.domain.product.Dimensions;
import dev.meridian.catalog.domain.product.Image;
import dev.meridian.catalog.domain.product.OptionAxis;
import dev.meridian.catalog.domain.product.ProductStatus;
import dev.meridian.platform.money.Money;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The editable state of a product as an editor or an import line gives it: creates the product, or replaces the
 * state of the existing one. {@code status} and {@code handle} may be omitted (a new product is a draft with
 * handles made from its titles; a replaced one keeps its own); so may everything but sku, title and price.
 */
public record ProductCommand(String sku, Map<String, String> title, Money price, ProductStatus status,
                             Map<String, String> description, Map<String, String> seoTitle,
                             Map<String, String> seoDescription, Map<String, String> handle, String brand,
                             UUID categoryId, List<OptionAxis> optionAxes, String hsCode, String originCountry,
                             String taxCategory, Set<String> certifications, List<Image> images,
                             List<VariantCommand> variants) {

    /** A variant; without its own price it costs the product's price. */
    public record VariantCommand(String sku, String gtin, Map<String, String> options, Money price, Integer weightGrams,
                                 Dimensions dimensions) {
    }
}
