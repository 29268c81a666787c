package dev.meridian.fulfillment.service.privacy;

import dev.meridian.fulfillment.persistence.CustomerDataRepository;
import dev.meridian.platform.privacy.PersonalDataHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Fulfillment's part of a data-subject request: export what it holds about the subject, or unlink it. The
 * shipments and returns themselves stay (tax and customs records must); only the link to the person goes.
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
