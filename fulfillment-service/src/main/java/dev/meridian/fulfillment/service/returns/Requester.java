package dev.meridian.fulfillment.service.returns;

/** Who asks: a customer (by token subject) only reaches their own shipments and returns; staff reach all. */
public record Requester(String subject, boolean staff) {

    public boolean mayAccess(String ownerSubject) {
        return staff || subject != null && subject.equals(ownerSubject);
    }
}
