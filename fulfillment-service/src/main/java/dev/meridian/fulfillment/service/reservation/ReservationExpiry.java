package dev.meridian.fulfillment.service.reservation;

import dev.meridian.fulfillment.config.FulfillmentConfig;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;

/** Releases expired holds in the background, so abandoned checkouts give their stock back on their own. */
@ApplicationScoped
public class ReservationExpiry {

    private final ReservationService reservations;

    public ReservationExpiry(ReservationService reservations) {
        this.reservations = reservations;
    }

    @Scheduled(every = "${fulfillment.reservations.expiry-interval:10s}", delay = 2,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Disabled.class)
    Uni<Void> tick() {
        return reservations.expireDue().replaceWithVoid();
    }

    /** Off where tests drive expiry themselves with a moved clock ({@code fulfillment.reservations.expiry-enabled}). */
    @Singleton
    public static class Disabled implements Scheduled.SkipPredicate {

        private final FulfillmentConfig config;

        public Disabled(FulfillmentConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.reservations().expiryEnabled();
        }
    }
}
