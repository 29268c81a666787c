package dev.meridian.fulfillment.api.reservation;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

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

    public static class Disabled implements Scheduled.SkipPredicate {
        @Override
        public boolean test(ScheduledExecution execution) {
            return !ConfigProvider.getConfig()
                    .getOptionalValue("fulfillment.reservations.expiry-enabled", Boolean.class).orElse(true);
        }
    }
}
