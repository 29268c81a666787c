package dev.meridian.checkout.domain.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.platform.failure.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressRulesTest {

    private static ShippingAddress address(String country, String postalCode, String region) {
        return new ShippingAddress("Ann Buyer", "Main Street 1", null, postalCode, "Town", region, country, null);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(nullValues = "-", value = {
            "DE, 10115, -", "AT, 1010, -", "FR, 75001, -", "NL, 1012 AB, -", "NL, 1012ab, -", "PT, 1100-148, -",
            "GB, SW1A 1AA, -", "GB, ec1a1bb, -", "IE, D02 X285, -", "US, 10001, NY", "US, 10001-1234, ca",
            "CA, K1A 0B1, ON", "JP, 100-0001, Tokyo", "PL, 00-950, -", "SE, 114 55, -"})
    void a_well_formed_address_of_a_supported_country_is_accepted(String country, String postalCode, String region) {
        ShippingAddress valid = AddressRules.validate(address(country, postalCode, region));

        assertThat(valid.country()).isEqualTo(country);
        assertThat(valid.postalCode()).isEqualTo(valid.postalCode().toUpperCase());
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource(nullValues = "-", value = {
            "DE, 1011, -, postalCode", "DE, 101155, -, postalCode", "FR, 7500A, -, postalCode",
            "GB, 12345, -, postalCode", "US, 1000, NY, postalCode", "US, 10001, -, region", "US, 10001, New York, region",
            "JP, 1000001, -, region", "CA, 12345, ON, postalCode", "XX, 12345, -, country", "KP, 12345, -, country",
            "de, -, -, postalCode"})
    void a_malformed_or_incomplete_address_names_the_field(String country, String postalCode, String region,
                                                          String field) {
        assertThatThrownBy(() -> AddressRules.validate(address(country, postalCode, region)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo(field));
    }

    @Test
    void name_street_and_city_are_required_and_bounded() {
        assertThatThrownBy(() -> AddressRules.validate(new ShippingAddress(" ", "Street 1", null, "10115", "Berlin",
                null, "DE", null))).satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("name"));
        assertThatThrownBy(() -> AddressRules.validate(new ShippingAddress("Ann", "x".repeat(101), null, "10115",
                "Berlin", null, "DE", null))).satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("line1"));
        assertThatThrownBy(() -> AddressRules.validate(new ShippingAddress("Ann", "Street 1", null, "10115", null,
                null, "DE", null))).satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("city"));
    }

    @Test
    void an_email_address_is_checked_and_its_domain_lower_cased() {
        assertThat(EmailAddress.validate(" Ann.Buyer@Example.COM ")).isEqualTo("Ann.Buyer@example.com");
        assertThatThrownBy(() -> EmailAddress.validate("not-an-address")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> EmailAddress.validate("a@b")).isInstanceOf(RuleViolation.class);
    }
}
