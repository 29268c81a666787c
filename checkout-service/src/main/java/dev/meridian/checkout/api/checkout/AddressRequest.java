package dev.meridian.checkout.api.checkout;

import dev.meridian.checkout.domain.checkout.ShippingAddress;
import jakarta.validation.constraints.Size;

/** Required fields and formats are checked per country (AddressRules); sizes here only bound the input. */
public record AddressRequest(@Size(max = 200) String name, @Size(max = 200) String line1, @Size(max = 200) String line2,
                             @Size(max = 20) String postalCode, @Size(max = 100) String city,
                             @Size(max = 100) String region, @Size(max = 2) String country,
                             @Size(max = 40) String phone) {

    public ShippingAddress toDomain() {
        return new ShippingAddress(name, line1, line2, postalCode, city, region, country, phone);
    }
}
