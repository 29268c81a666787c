package dev.meridian.fulfillment.service.shipping.admin;

import dev.meridian.fulfillment.domain.shipping.ShippingConfiguration;
import dev.meridian.fulfillment.persistence.ShippingConfigRepository;
import dev.meridian.fulfillment.service.shipping.ShippingConfigCache;
import dev.meridian.platform.failure.NotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;

/**
 * Changes to zones, services, rate tables and markets. Each validates against the current configuration, writes in
 * one transaction, and then drops the in-memory snapshot so the very next quote or reservation sees the change.
 */
@ApplicationScoped
public class ShippingAdminService {

    private final ShippingConfigCache config;
    private final ShippingConfigRepository repository;

    public ShippingAdminService(ShippingConfigCache config, ShippingConfigRepository repository) {
        this.config = config;
        this.repository = repository;
    }

    public Uni<ShippingConfiguration> current() {
        return config.configuration();
    }

    public Uni<ShippingConfiguration> putZone(ShippingConfigCommands.PutZone command) {
        return change(c -> repository.upsertZone(ShippingConfigValidation.zone(command, c)));
    }

    public Uni<ShippingConfiguration> putService(ShippingConfigCommands.PutService command) {
        return change(c -> repository.upsertService(ShippingConfigValidation.service(command)));
    }

    public Uni<ShippingConfiguration> putRateTable(ShippingConfigCommands.PutRateTable command) {
        return change(c -> repository.upsertRateTable(ShippingConfigValidation.rateTable(command, c)));
    }

    public Uni<ShippingConfiguration> deleteRateTable(String service, String zone, String currency) {
        return change(c -> repository.deleteRateTable(service, zone, currency).invoke(found -> {
            if (!found) {
                throw new NotFound("rate table", service + "/" + zone + "/" + currency);
            }
        }));
    }

    public Uni<ShippingConfiguration> putMarket(ShippingConfigCommands.PutMarket command) {
        return change(c -> repository.upsertMarket(ShippingConfigValidation.market(command, c.locations())));
    }

    /** Validates against a freshly loaded configuration, writes, commits, then invalidates and answers the new state. */
    private Uni<ShippingConfiguration> change(Function<ShippingConfiguration, Uni<?>> write) {
        return Panache.withTransaction(() -> {
            config.invalidate(); // validate against what is stored now, not a snapshot up to MAX_AGE old
            return config.configuration().chain(write::apply);
        }).invoke(config::invalidate).chain(config::configuration);
    }
}
