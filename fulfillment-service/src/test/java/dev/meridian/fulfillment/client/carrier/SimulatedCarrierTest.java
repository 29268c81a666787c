package dev.meridian.fulfillment.client.carrier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.fulfillment.domain.carrier.Label;
import dev.meridian.fulfillment.domain.carrier.LabelFormat;
import dev.meridian.fulfillment.domain.carrier.LabelRequest;
import dev.meridian.fulfillment.domain.shipment.Parcel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SimulatedCarrierTest {

    private final SimulatedCarrier carrier = new SimulatedCarrier("simpost", 0, new Random(7));

    private static LabelRequest request(String service, LabelFormat format) {
        return new LabelRequest(UUID.randomUUID(), service, "PT", "DE", List.of(new Parcel(800, 1, 1, 1)), null,
                format);
    }

    @Test
    void economy_mail_gets_a_valid_upu_s10_number_of_the_origin_country() {
        String number = carrier.createLabel(request("economy-mail", LabelFormat.PDF)).trackingNumber();
        assertThat(number).matches("LX\\d{9}PT");
        assertThat(TrackingNumbers.isValidS10(number)).isTrue();
    }

    @Test
    void the_s10_check_digit_matches_the_upu_example_RR473124829GB() {
        assertThat(TrackingNumbers.s10CheckDigit("47312482")).isEqualTo(9);
        assertThat(TrackingNumbers.isValidS10("RR473124829GB")).isTrue();
    }

    @Test
    void express_gets_an_integrator_style_number() {
        assertThat(carrier.createLabel(request("express", LabelFormat.PDF)).trackingNumber()).matches("1Z[0-9A-Z]{16}");
    }

    @Test
    void the_same_shipment_id_returns_the_same_label() {
        LabelRequest request = request("economy-mail", LabelFormat.ZPL);
        Label first = carrier.createLabel(request);
        Label second = carrier.createLabel(request);
        assertThat(second.trackingNumber()).isEqualTo(first.trackingNumber());
        assertThat(carrier.labelsCreated()).isEqualTo(1);
        assertThat(new String(first.content(), StandardCharsets.US_ASCII)).startsWith("^XA");
    }
}
