package dev.meridian.checkout.messaging;

import dev.meridian.checkout.domain.order.Order;
import dev.meridian.checkout.domain.order.OrderEvent;
import dev.meridian.checkout.service.order.OrderLifecycleService;
import dev.meridian.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * payment-service's outcomes, once per event id (inbox): authorised → the order is confirmed; refused → cancelled and
 * its stock released; refunded → the payment axis says so. A late authorisation of a cancelled order is refused by
 * the order and kept on its timeline.
 */
@ApplicationScoped
public class PaymentEventsConsumer {

    static final String CONSUMER = "checkout.payment-orders";
    static final String AUTHORIZED = "meridian.payment.authorized.v1";
    static final String REFUSED = "meridian.payment.refused.v1";
    static final String REFUNDED = "meridian.payment.refunded.v1";

    private final IdempotentConsumer consumer;
    private final OrderLifecycleService lifecycle;

    public PaymentEventsConsumer(IdempotentConsumer consumer, OrderLifecycleService lifecycle) {
        this.consumer = consumer;
        this.lifecycle = lifecycle;
    }

    @Incoming("payment-events")
    public Uni<Void> consume(String message) {
        AtomicReference<Optional<Order.Transition>> applied = new AtomicReference<>(Optional.empty());
        return consumer.consume(CONSUMER, message, Set.of(AUTHORIZED, REFUSED, REFUNDED)::contains, PaymentData.class,
                        (event, p) -> lifecycle.report(p.orderId(), switch (event.type()) {
                            case AUTHORIZED -> new OrderEvent.PaymentAuthorized(p.paymentId());
                            case REFUSED -> new OrderEvent.PaymentRefused(p.paymentId(), p.reason());
                            default -> new OrderEvent.PaymentRefunded(p.paymentId());
                        }).invoke(applied::set))
                .chain(() -> applied.get().map(lifecycle::releaseStock).orElse(Uni.createFrom().voidItem()));
    }
}
