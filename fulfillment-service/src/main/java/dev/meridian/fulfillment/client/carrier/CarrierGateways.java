package dev.meridian.fulfillment.client.carrier;

import dev.meridian.fulfillment.config.FulfillmentConfig;
import dev.meridian.fulfillment.domain.carrier.CarrierGateway;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The carrier adapters by carrier code. Today every configured carrier is served by the simulator; a real
 * adapter replaces its entry here without any change to the domain or the API.
 */
@ApplicationScoped
public class CarrierGateways {

    private final Map<String, CarrierGateway> gateways;

    public CarrierGateways(FulfillmentConfig config) {
        double failureRate = config.simulator().failureRate();
        this.gateways = Map.of(
                "simpost", new SimulatedCarrier("simpost", failureRate, new Random()),
                "simexpress", new SimulatedCarrier("simexpress", failureRate, new Random()),
                "simlocal", new SimulatedCarrier("simlocal", failureRate, new Random()));
    }

    /** The adapter of a carrier, empty when there is none (check before storing anything that needs it). */
    public Optional<CarrierGateway> find(String carrier) {
        return Optional.ofNullable(carrier == null ? null : gateways.get(carrier));
    }

    /** For a carrier already checked with {@link #find}. */
    public CarrierGateway forCarrier(String carrier) {
        return find(carrier).orElseThrow(() -> new IllegalStateException("no adapter for carrier '" + carrier + "'"));
    }
}
