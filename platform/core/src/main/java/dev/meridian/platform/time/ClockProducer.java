package dev.meridian.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Time is injected everywhere so tests can move it (TTL expiry, deadlines, validity windows). */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @DefaultBean
    @jakarta.inject.Singleton
    public Clock clock() {
        return Clock.systemUTC();
    }
}
