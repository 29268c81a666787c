package dev.meridian.fulfillment.domain.carrier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.fulfillment.client.carrier.SimulatedCarrier;
import dev.meridian.fulfillment.client.carrier.SimulatorBehaviour;
import dev.meridian.fulfillment.domain.shipment.Parcel;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LabelPurchaseTest {

    private final SimulatedCarrier carrier = new SimulatedCarrier("simpost", 0, new Random(1));
    private final LabelRequest request = new LabelRequest(UUID.randomUUID(), "economy-mail", "PT", "DE",
            List.of(new Parcel(800, 1, 1, 1)), null, LabelFormat.PDF);

    @Test
    void a_timeout_after_the_carrier_created_the_label_is_retried_without_a_second_label() {
        carrier.script(SimulatorBehaviour.TIMEOUT_AFTER);

        LabelOutcome outcome = new LabelPurchase(3).buy(carrier, request);

        assertThat(outcome).isInstanceOf(LabelOutcome.Created.class);
        assertThat(outcome.attempts()).isEqualTo(2);
        assertThat(carrier.labelsCreated()).isEqualTo(1);
    }

    @Test
    void a_permanent_refusal_is_not_retried() {
        carrier.script(SimulatorBehaviour.REJECT);

        LabelOutcome outcome = new LabelPurchase(3).buy(carrier, request);

        assertThat(outcome).isInstanceOf(LabelOutcome.Failed.class);
        assertThat(carrier.calls()).isEqualTo(1);
    }

    @Test
    void running_out_of_attempts_fails_with_the_last_error() {
        carrier.script(SimulatorBehaviour.TIMEOUT_BEFORE, SimulatorBehaviour.TIMEOUT_BEFORE);

        LabelOutcome outcome = new LabelPurchase(2).buy(carrier, request);

        assertThat(outcome).isInstanceOfSatisfying(LabelOutcome.Failed.class,
                f -> assertThat(f.reason()).contains("timed out"));
        assertThat(carrier.labelsCreated()).isZero();
    }
}
