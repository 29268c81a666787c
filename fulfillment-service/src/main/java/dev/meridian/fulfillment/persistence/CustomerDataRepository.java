package dev.meridian.fulfillment.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The personal data fulfillment holds (columns tagged {@code personal-data} in V5): a buyer's subject id on
 * shipments and returns. Export lists them; erasure removes the link to the person (the shipment itself stays,
 * as tax and customs records must), so the rows can no longer be tied to the subject.
 */
@ApplicationScoped
public class CustomerDataRepository {

    private static final String SHIPMENTS = """
            select cast(id as text), order_id, market, destination_country, state, tracking_number,
                   cast(created_at as text)
            from shipment where customer_id = :subject order by created_at""";
    private static final String RETURNS = """
            select cast(id as text), cast(shipment_id as text), order_id, status, cast(opened_at as text)
            from return_case where customer_id = :subject order by opened_at""";

    public Uni<Optional<Object>> export(String subjectId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(SHIPMENTS, Object[].class)
                .setParameter("subject", subjectId).getResultList()
                .chain(shipments -> session.createNativeQuery(RETURNS, Object[].class)
                        .setParameter("subject", subjectId).getResultList()
                        .map(returns -> shipments.isEmpty() && returns.isEmpty()
                                ? Optional.empty()
                                : Optional.of(bundle(shipments, returns)))));
    }

    public Uni<Boolean> erase(String subjectId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("update shipment set customer_id = null where customer_id = :subject")
                .setParameter("subject", subjectId).executeUpdate()
                .chain(shipments -> session
                        .createNativeQuery("update return_case set customer_id = null where customer_id = :subject")
                        .setParameter("subject", subjectId).executeUpdate()
                        .map(returns -> shipments + returns > 0)));
    }

    private static Object bundle(List<Object[]> shipments, List<Object[]> returns) {
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("shipments", shipments.stream().map(r -> row(r, "id", "orderId", "market", "destinationCountry",
                "state", "trackingNumber", "createdAt")).toList());
        bundle.put("returns", returns.stream().map(r -> row(r, "id", "shipmentId", "orderId", "status", "openedAt"))
                .toList());
        return bundle;
    }

    private static Map<String, Object> row(Object[] values, String... names) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            row.put(names[i], values[i]);
        }
        return row;
    }
}
