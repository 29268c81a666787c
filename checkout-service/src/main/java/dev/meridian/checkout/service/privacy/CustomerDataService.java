package dev.meridian.checkout.service.privacy;

import dev.meridian.checkout.persistence.CustomerDataRepository;
import dev.meridian.platform.privacy.PersonalDataHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Checkout's part of a data-subject request (docs/adr/040-checkout-erasure-keeps-fiscal-records.md): export the
 * subject's carts and orders; erase by pseudonymising them. Orders stay as fiscal records (lines, totals, tax, the
 * country and postal code that decide the place of supply); the e-mail, name, street, phone and the link to the
 * subject go.
 */
@ApplicationScoped
public class CustomerDataService implements PersonalDataHandler {

    private final CustomerDataRepository customers;

    public CustomerDataService(CustomerDataRepository customers) {
        this.customers = customers;
    }

    @Override
    public Uni<Optional<Object>> export(String subjectId) {
        return customers.export(subjectId);
    }

    @Override
    public Uni<Boolean> erase(String subjectId) {
        return customers.erase(subjectId);
    }
}
