package dev.meridian.fulfillment.domain.carrier;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What Meridian needs from a carrier API. Adapters (the simulator today, real carriers later) implement it;
 * the domain never sees a carrier's wire format.
 *
 * <p>{@link #createLabel} must be idempotent by {@link LabelRequest#shipmentId()}: a retry after a timeout
 * (where the carrier may have created the label but the answer was lost) returns the same label rather than
 * buying a second one. Real carriers offer this through an idempotency key or a customer reference.
 */
public interface CarrierGateway {

    String carrier();

    /**
     * @throws CarrierException.Transient the call may or may not have taken effect; retrying is safe
     * @throws CarrierException.Rejected  the carrier refused the request; retrying will not help
     */
    Label createLabel(LabelRequest request);

    void cancelLabel(String trackingNumber);

    /** Latest local time a parcel handed over at {@code locationCode} on {@code date} is picked up that day. */
    LocalTime pickupCutoff(String locationCode, LocalDate date);
}
