package dev.meridian.fulfillment.service.stock;

/** Physical data shipping and customs need; catalog owns everything else about the product. */
public record RegisterSkuCommand(String sku, int weightGrams, String hsCode, String originCountry,
                                 String description) {
}
