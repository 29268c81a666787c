package dev.meridian.fulfillment.carrier;

import dev.meridian.fulfillment.config.FulfillmentConfig;
import dev.meridian.fulfillment.domain.carrier.CarrierGateway;
import dev.meridian.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
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

    public CarrierGateway forCarrier(String carrier) {
        CarrierGateway gateway = gateways.get(carrier);
        if (gateway == null) {
            throw ProblemException.invalid("carrier", "no adapter for carrier '" + carrier + "'");
        }
        return gateway;
    }
}
