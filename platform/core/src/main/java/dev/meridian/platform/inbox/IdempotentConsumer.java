package dev.meridian.platform.inbox;

import dev.meridian.platform.events.CloudEvent;
import dev.meridian.platform.events.EventJson;
import dev.meridian.platform.events.MalformedEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * What every Kafka consumer of a CloudEvents topic does before its own logic: parse the envelope, ignore types
 * it does not handle, map {@code data}, send a malformed message to the dead-letter topic (never retried forever,
 * never dropped), and
 * apply the effect once per event id through the {@link Inbox}.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final java.time.Duration RETRY_FIRST = java.time.Duration.ofMillis(200);
    private static final java.time.Duration RETRY_MAX = java.time.Duration.ofSeconds(5);
    private static final long RETRIES = 12;

    private final EventJson events;
    private final Inbox inbox;

    public IdempotentConsumer(EventJson events, Inbox inbox) {
        this.events = events;
        this.inbox = inbox;
    }

    /**
     * @param consumer   the inbox scope, e.g. {@code catalog.stock}
     * @param message    the Kafka record value (structured CloudEvent)
     * @param handles    which event types this consumer handles; others are acknowledged and ignored
     * @param dataType   the consumer-side record of {@code data} (unknown fields are tolerated)
     * @param effect     the consumer's change, run in one transaction with the inbox record
     */
    public <T> Uni<Void> consume(String consumer, String message, Predicate<String> handles, Class<T> dataType,
                                 BiFunction<CloudEvent, T, Uni<?>> effect) {
        CloudEvent event;
        T data;
        try {
            event = events.read(message);
            if (!handles.test(event.type())) {
                return Uni.createFrom().voidItem();
            }
            data = events.data(event, dataType);
        } catch (MalformedEventException e) {
            // Not retried (it would fail the same way) and not dropped: the channel's failure strategy sends it to
            // the dead-letter topic, where an operator can see it and replay it once the producer is fixed.
            LOG.warnf("%s: malformed message goes to the dead-letter topic: %s", consumer, e.getMessage());
            return Uni.createFrom().failure(e);
        }
        // A failing effect (database briefly unavailable, a serialization conflict) is retried with backoff
        // before the failure reaches the channel's failure strategy (dead-letter queue): nothing is dropped.
        return inbox.processOnce(consumer, event, () -> effect.apply(event, data))
                .onFailure().invoke(e -> LOG.warnf("%s: event %s failed, retrying: %s", consumer, event.id(), e.getMessage()))
                .onFailure().retry().withBackOff(RETRY_FIRST, RETRY_MAX).atMost(RETRIES)
                .replaceWithVoid();
    }
}
