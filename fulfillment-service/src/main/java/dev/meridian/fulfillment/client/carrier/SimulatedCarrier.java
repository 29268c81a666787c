package dev.meridian.fulfillment.client.carrier;

import dev.meridian.fulfillment.domain.carrier.CarrierException;
import dev.meridian.fulfillment.domain.carrier.CarrierGateway;
import dev.meridian.fulfillment.domain.carrier.Label;
import dev.meridian.fulfillment.domain.carrier.LabelFormat;
import dev.meridian.fulfillment.domain.carrier.LabelRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * Behaves like a carrier API: idempotent label creation keyed by shipment id, S10 numbers for economy mail and
 * express-style numbers otherwise, a PDF or ZPL placeholder, and (when configured) random transient failures,
 * lost answers and refusals. Tests script exact behaviour per call with {@link #script}.
 */
public class SimulatedCarrier implements CarrierGateway {

    private final String carrier;
    private final double failureRate;
    private final RandomGenerator random;
    private final Map<UUID, Label> labels = new ConcurrentHashMap<>();
    private final Queue<SimulatorBehaviour> script = new ConcurrentLinkedQueue<>();
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();

    public SimulatedCarrier(String carrier, double failureRate, RandomGenerator random) {
        this.carrier = carrier;
        this.failureRate = failureRate;
        this.random = random;
    }

    @Override
    public String carrier() {
        return carrier;
    }

    @Override
    public Label createLabel(LabelRequest request) {
        calls.incrementAndGet();
        SimulatorBehaviour behaviour = next();
        switch (behaviour) {
            case TIMEOUT_BEFORE -> throw new CarrierException.Transient("read timed out after 10000 ms");
            case REJECT -> throw new CarrierException.Rejected("address not deliverable for service "
                    + request.service());
            case BREAK -> throw new IllegalStateException("unexpected answer from " + carrier);
            default -> {
            }
        }
        Label label = labels.computeIfAbsent(request.shipmentId(), id -> {
            created.incrementAndGet();
            return newLabel(request);
        });
        if (behaviour == SimulatorBehaviour.TIMEOUT_AFTER) {
            throw new CarrierException.Transient("read timed out after 10000 ms");
        }
        return label;
    }

    @Override
    public void cancelLabel(String trackingNumber) {
        labels.values().removeIf(l -> l.trackingNumber().equals(trackingNumber));
    }

    @Override
    public LocalTime pickupCutoff(String locationCode, LocalDate date) {
        return LocalTime.of(17, 0);
    }

    /** Queues behaviours for the next calls, in order; afterwards the random failure rate applies again. */
    public void script(SimulatorBehaviour... behaviours) {
        script.addAll(java.util.List.of(behaviours));
    }

    public void reset() {
        script.clear();
        labels.clear();
        created.set(0);
        calls.set(0);
    }

    /** Labels actually bought: what the merchant is billed for. */
    public int labelsCreated() {
        return created.get();
    }

    public int calls() {
        return calls.get();
    }

    private SimulatorBehaviour next() {
        SimulatorBehaviour scripted = script.poll();
        if (scripted != null) {
            return scripted;
        }
        if (failureRate > 0 && random.nextDouble() < failureRate) {
            return random.nextBoolean() ? SimulatorBehaviour.TIMEOUT_BEFORE : SimulatorBehaviour.TIMEOUT_AFTER;
        }
        return SimulatorBehaviour.OK;
    }

    private Label newLabel(LabelRequest request) {
        String number = request.service().startsWith("economy")
                ? TrackingNumbers.s10("LX", request.fromCountry(), random)
                : TrackingNumbers.express(random);
        byte[] content = request.format() == LabelFormat.ZPL
                ? ("^XA^FO50,50^A0N,40,40^FD" + carrier + " " + number + "^FS^XZ").getBytes(StandardCharsets.US_ASCII)
                : ("%PDF-1.4\n% simulated label " + carrier + " " + number + "\n%%EOF\n")
                        .getBytes(StandardCharsets.US_ASCII);
        return new Label(number, request.format(), content);
    }
}
