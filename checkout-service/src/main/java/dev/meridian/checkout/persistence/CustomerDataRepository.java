package dev.meridian.checkout.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The personal data checkout holds (columns tagged personal-data in V2, V3, V4, V5), found by the subject (the token
 * {@code sub}). Erasure pseudonymises in place: carts lose e-mail, address and owner; quotes of those carts lose e-mail
 * and address; orders lose the subject, the e-mail (replaced by a pseudonym that cannot be traced back), name,
 * street lines and phone, and keep what tax law requires.
 */
@ApplicationScoped
public class CustomerDataRepository {

    private static final String CARTS = """
            select cast(id as text), market, status, email, cast(created_at as text)
            from cart where customer_id = :subject order by created_at""";
    private static final String ORDERS = """
            select cast(id as text), number, market, order_status, email, cast(document->'address' as text),
                   cast(total_minor as text), currency, cast(placed_at as text)
            from customer_order where customer_id = :subject order by placed_at""";
    private static final String ERASE_QUOTES = """
            update checkout_quote set document = document - 'email' - 'address' - 'customer'
            where cart_id in (select id from cart where customer_id = :subject)""";
    private static final String ERASE_ORDERS = """
            update customer_order set customer_id = null, guest_token_hash = null,
              email = 'erased-' || md5(id::text || random()::text) || '@erased.invalid',
              document = jsonb_set(document - 'email' - 'customer', '{address}',
                jsonb_strip_nulls(jsonb_build_object('name', 'erased', 'line1', 'erased',
                  'city', coalesce(document->'address'->>'city', 'erased'),
                  'postalCode', document->'address'->>'postalCode', 'region', document->'address'->>'region',
                  'country', document->'address'->>'country')))
            where customer_id = :subject""";
    private static final String ERASE_REDEMPTIONS =
            "update promotion_redemption set customer_id = null where customer_id = :subject";
    private static final String ERASE_CARTS = """
            update cart set customer_id = 'erased:' || md5(id::text || random()::text), email = null,
              shipping_address = null, status = case when status = 'OPEN' then 'EXPIRED' else status end
            where customer_id = :subject""";

    public Uni<Optional<Object>> export(String subjectId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(CARTS, Object[].class)
                .setParameter("subject", subjectId).getResultList()
                .chain(carts -> s.createNativeQuery(ORDERS, Object[].class).setParameter("subject", subjectId)
                        .getResultList().map(orders -> carts.isEmpty() && orders.isEmpty() ? Optional.empty()
                                : Optional.of(bundle(carts, orders)))));
    }

    public Uni<Boolean> erase(String subjectId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(ERASE_QUOTES).setParameter("subject", subjectId)
                .executeUpdate()
                .chain(q -> s.createNativeQuery(ERASE_ORDERS).setParameter("subject", subjectId).executeUpdate())
                .chain(orders -> s.createNativeQuery(ERASE_REDEMPTIONS).setParameter("subject", subjectId)
                        .executeUpdate().replaceWith(orders))
                .chain(orders -> s.createNativeQuery(ERASE_CARTS).setParameter("subject", subjectId).executeUpdate()
                        .map(carts -> orders + carts > 0)));
    }

    private static Object bundle(List<Object[]> carts, List<Object[]> orders) {
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("carts", carts.stream().map(r -> row(r, "id", "market", "status", "email", "createdAt")).toList());
        bundle.put("orders", orders.stream().map(r -> row(r, "id", "number", "market", "status", "email",
                "shippingAddress", "totalMinor", "currency", "placedAt")).toList());
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
