package dev.meridian.fulfillment.domain.shipment;

import static dev.meridian.platform.failure.RuleViolation.require;

import dev.meridian.platform.money.Money;

/** What customs reads: a wrong or missing HS code or origin is how parcels get stuck at the border. */
public record CommercialInvoiceLine(String description, String hsCode, String originCountry, int quantity,
                                    Money unitValue) {

    public CommercialInvoiceLine {
        require(description != null && !description.isBlank(), "description", "is required");
        require(hsCode != null && hsCode.matches("\\d{6,10}"), "hsCode", "must be 6 to 10 digits");
        require(originCountry != null && originCountry.matches("[A-Z]{2}"), "originCountry",
                "must be an ISO 3166-1 alpha-2 code");
        require(quantity > 0, "quantity", "must be positive");
        require(unitValue != null && !unitValue.isNegative(), "unitValue", "must not be negative");
    }
}
