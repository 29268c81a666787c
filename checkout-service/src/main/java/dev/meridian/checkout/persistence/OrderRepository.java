package dev.meridian.checkout.persistence;

import dev.meridian.checkout.domain.order.Order;
import dev.meridian.checkout.domain.order.OrderCursor;
import dev.meridian.checkout.domain.order.OrderNote;
import dev.meridian.checkout.domain.order.OrderSearch;
import dev.meridian.platform.failure.StateConflict;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Orders, in the caller's session and transaction. */
@ApplicationScoped
public class OrderRepository {

    /** The next human-friendly order number of a market, e.g. {@code DE-1000042}. */
    public Uni<String> nextNumber(String market) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select nextval('order_number')", Long.class)
                .getSingleResult()).map(n -> market + "-" + n);
    }

    public Uni<Order> insert(Order order) {
        OrderEntity e = OrderMapper.toEntity(order, new OrderEntity());
        return e.persist().chain(() -> Panache.getSession().chain(s -> s.flush())).map(v -> OrderMapper.toDomain(e));
    }

    public Uni<Optional<Order>> find(UUID id) {
        return OrderEntity.<OrderEntity>findById(id).map(e -> Optional.ofNullable(e).map(OrderMapper::toDomain));
    }

    /** The order, locked until the transaction ends: events on one order are applied one after another. */
    public Uni<Optional<Order>> findForUpdate(UUID id) {
        return OrderEntity.<OrderEntity>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .map(e -> Optional.ofNullable(e).map(OrderMapper::toDomain));
    }

    public Uni<Optional<Order>> findByCart(UUID cartId) {
        return OrderEntity.<OrderEntity>find("cartId", cartId).firstResult()
                .map(e -> Optional.ofNullable(e).map(OrderMapper::toDomain));
    }

    /** Stores the next state of an order read in this transaction at {@code next.version()}. */
    public Uni<Order> update(Order next) {
        return OrderEntity.<OrderEntity>findById(next.id()).chain(e -> {
            if (e == null || e.version != next.version()) {
                return Uni.createFrom().failure(new StateConflict("order " + next.id()
                        + " was changed concurrently; read it again and retry"));
            }
            OrderMapper.toEntity(next, e);
            return Panache.getSession().chain(s -> s.flush()).map(v -> OrderMapper.toDomain(e));
        });
    }

    /** The customer's orders, newest first, after the cursor (exclusive). */
    public Uni<List<Order>> pageOf(String customer, OrderCursor after, int limit) {
        String query = "customerId = :customer" + (after == null ? "" : KEYSET) + " order by placedAt desc, id desc";
        Parameters p = Parameters.with("customer", customer);
        if (after != null) {
            p = p.and("at", after.placedAt()).and("id", after.id());
        }
        return OrderEntity.<OrderEntity>find(query, p).page(0, limit).list()
                .map(rows -> rows.stream().map(OrderMapper::toDomain).toList());
    }

    /** Orders matching every given criterion, newest first, after the cursor (exclusive). */
    public Uni<List<Order>> search(OrderSearch search, OrderCursor after, int limit) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (search.status() != null) {
            q.append(" and orderStatus = :status");
            p = p.and("status", search.status().name());
        }
        if (search.market() != null) {
            q.append(" and market = :market");
            p = p.and("market", search.market());
        }
        if (search.placedFrom() != null) {
            q.append(" and placedAt >= :from");
            p = p.and("from", search.placedFrom());
        }
        if (search.placedBefore() != null) {
            q.append(" and placedAt < :before");
            p = p.and("before", search.placedBefore());
        }
        if (search.email() != null) {
            q.append(" and lower(email) = :email");
            p = p.and("email", search.email().toLowerCase(java.util.Locale.ROOT));
        }
        if (search.number() != null) {
            q.append(" and number = :number");
            p = p.and("number", search.number());
        }
        if (after != null) {
            q.append(KEYSET);
            p = p.and("at", after.placedAt()).and("id", after.id());
        }
        q.append(" order by placedAt desc, id desc");
        return OrderEntity.<OrderEntity>find(q.toString(), p).page(0, limit).list()
                .map(rows -> rows.stream().map(OrderMapper::toDomain).toList());
    }

    private static final String KEYSET = " and (placedAt < :at or (placedAt = :at and id < :id))";

    public Uni<OrderNote> addNote(OrderNote note) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into order_note (id, order_id, author, text, created_at)
                        values (:id, :order, :author, :text, :at)""")
                .setParameter("id", note.id()).setParameter("order", note.orderId())
                .setParameter("author", note.author()).setParameter("text", note.text())
                .setParameter("at", note.createdAt().atOffset(java.time.ZoneOffset.UTC)).executeUpdate())
                .replaceWith(note);
    }

    public Uni<List<OrderNote>> notes(UUID orderId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select id, author, text, created_at from order_note where order_id = :order order by created_at",
                        Object[].class).setParameter("order", orderId).getResultList())
                .map(rows -> rows.stream().map(r -> new OrderNote((UUID) r[0], orderId, (String) r[1], (String) r[2],
                        Times.instant(r[3]))).toList());
    }
}
