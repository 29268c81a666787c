package dev.meridian.fulfillment.persistence;

/** A stored value with the customer (token subject) it belongs to, or null for none (erased or staff-made). */
public record Owned<T>(T value, String customerId) {

    public boolean ownedBy(String subject) {
        return subject != null && subject.equals(customerId);
    }
}
