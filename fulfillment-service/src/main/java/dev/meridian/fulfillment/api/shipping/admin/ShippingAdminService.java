package dev.meridian.fulfillment.api.shipping.admin;

import dev.meridian.fulfillment.persistence.ShippingConfigRows;
import dev.meridian.fulfillment.persistence.ShippingConfigStore;
import dev.meridian.platform.problem.ProblemException;
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

    private final ShippingConfigStore config;
    private final ShippingConfigRows rows;

    public ShippingAdminService(ShippingConfigStore config, ShippingConfigRows rows) {
        this.config = config;
        this.rows = rows;
    }

    public Uni<ShippingConfigResponse> current() {
        return config.snapshot().map(ShippingConfigResponse::of);
    }

    public Uni<ShippingConfigResponse> putZone(String code, ZoneRequest request) {
        return change(s -> rows.upsertZone(ShippingConfigValidation.zone(code, request, s)));
    }

    public Uni<ShippingConfigResponse> putService(String code, ServiceRequest request) {
        return change(s -> rows.upsertService(ShippingConfigValidation.service(code, request)));
    }

    public Uni<ShippingConfigResponse> putRateTable(String service, String zone, String currency,
                                                    RateTableRequest request) {
        return change(s -> rows.upsertRateTable(ShippingConfigValidation.rateTable(service, zone, currency, request, s)));
    }

    public Uni<ShippingConfigResponse> deleteRateTable(String service, String zone, String currency) {
        return change(s -> rows.deleteRateTable(service, zone, currency).invoke(found -> {
            if (!found) {
                throw ProblemException.notFound("rate table", service + "/" + zone + "/" + currency);
            }
        }));
    }

    public Uni<ShippingConfigResponse> putMarket(String code, MarketRequest request) {
        return change(s -> rows.upsertMarket(ShippingConfigValidation.market(code, request, s.locations())));
    }

    /** Validates against a freshly loaded snapshot, writes, commits, then invalidates and answers the new state. */
    private Uni<ShippingConfigResponse> change(Function<ShippingConfigStore.Snapshot, Uni<?>> write) {
        return Panache.withTransaction(() -> {
            config.invalidate(); // validate against what is stored now, not a snapshot up to MAX_AGE old
            return config.snapshot().chain(write::apply);
        }).invoke(config::invalidate).chain(() -> config.snapshot()).map(ShippingConfigResponse::of);
    }
}
