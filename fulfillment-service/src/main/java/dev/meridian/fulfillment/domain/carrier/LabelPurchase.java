package dev.meridian.fulfillment.domain.carrier;

/**
 * Buys a label, retrying transient failures. Retrying is only safe because {@link CarrierGateway#createLabel}
 * is idempotent by shipment id: the attempt that timed out may have succeeded at the carrier.
 */
public final class LabelPurchase {

    private final int maxAttempts;

    public LabelPurchase(int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
    }

    public LabelOutcome buy(CarrierGateway gateway, LabelRequest request) {
        String lastError = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                return new LabelOutcome.Created(gateway.createLabel(request), attempt);
            } catch (CarrierException.Rejected e) {
                return new LabelOutcome.Failed("rejected by " + gateway.carrier() + ": " + e.getMessage(), attempt);
            } catch (CarrierException.Transient e) {
                lastError = e.getMessage();
            }
        }
        return new LabelOutcome.Failed("no answer from " + gateway.carrier() + " after " + maxAttempts
                + " attempts: " + lastError, maxAttempts);
    }
}
