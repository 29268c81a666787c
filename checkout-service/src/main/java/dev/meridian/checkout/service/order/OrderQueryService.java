package dev.meridian.checkout.service.order;

import dev.meridian.checkout.domain.order.Order;
import dev.meridian.checkout.domain.order.OrderCursor;
import dev.meridian.checkout.domain.order.OrderNote;
import dev.meridian.checkout.domain.order.OrderSearch;
import dev.meridian.checkout.persistence.OrderHistoryRepository;
import dev.meridian.checkout.persistence.OrderRepository;
import dev.meridian.platform.failure.NotFound;
import dev.meridian.platform.failure.RuleViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Reading orders: the buyer's own, the merchant's search, notes, and the change feed for ERPs. */
@ApplicationScoped
public class OrderQueryService {

    public static final int MAX_PAGE = 100;

    private final OrderRepository orders;
    private final OrderHistoryRepository history;
    private final Clock clock;

    public OrderQueryService(OrderRepository orders, OrderHistoryRepository history, Clock clock) {
        this.orders = orders;
        this.history = history;
        this.clock = clock;
    }

    /** One order with its timeline, for whoever the access admits; anyone else is told it does not exist. */
    public Uni<OrderDetail> detail(UUID orderId, OrderAccess access) {
        return Panache.withSession(() -> orders.find(orderId).chain(found -> {
            Order order = found.filter(access::admits).orElseThrow(() -> new NotFound("order", orderId));
            return history.timeline(orderId).chain(timeline -> (access.staff() ? orders.notes(orderId)
                    : Uni.createFrom().item(List.<OrderNote>of())).map(notes -> new OrderDetail(order, timeline, notes)));
        }));
    }

    public Uni<OrderPage> mine(String customer, String cursor, int limit) {
        int size = size(limit);
        return Panache.withSession(() -> orders.pageOf(customer, OrderCursor.decode(cursor), size + 1))
                .map(page -> page(page, size));
    }

    public Uni<OrderPage> search(OrderSearch search, String cursor, int limit) {
        int size = size(limit);
        return Panache.withSession(() -> orders.search(search, OrderCursor.decode(cursor), size + 1))
                .map(page -> page(page, size));
    }

    public Uni<OrderNote> addNote(UUID orderId, String author, String text) {
        return Panache.withTransaction(() -> orders.find(orderId).chain(found -> {
            found.orElseThrow(() -> new NotFound("order", orderId));
            return orders.addNote(new OrderNote(UUID.randomUUID(), orderId, author, text, clock.instant()));
        }));
    }

    /** Changes after {@code position} in commit order, each with the order as it stands now. */
    public Uni<OrderChanges> changes(long position, int limit) {
        RuleViolation.require(position >= 0, "after", "must be 0 or more");
        int size = size(limit);
        return Panache.withSession(() -> history.changesAfter(position, size).chain(changes -> Multi.createFrom()
                .iterable(changes).onItem().transformToUniAndConcatenate(c -> orders.find(c.orderId())
                        .map(o -> new OrderChanges.Change(c.position(), c.eventType(), c.at(), o.orElseThrow())))
                .collect().asList()
                .map(list -> new OrderChanges(list, list.isEmpty() ? position : list.getLast().position()))));
    }

    private static int size(int limit) {
        RuleViolation.require(limit >= 1 && limit <= MAX_PAGE, "limit", "must be between 1 and " + MAX_PAGE);
        return limit;
    }

    private static OrderPage page(List<Order> fetched, int size) {
        if (fetched.size() <= size) {
            return new OrderPage(fetched, null);
        }
        List<Order> page = fetched.subList(0, size);
        Order last = page.getLast();
        return new OrderPage(page, new OrderCursor(last.placedAt(), last.id()).encode());
    }
}
