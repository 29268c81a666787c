package dev.meridian.webhook.domain.delivery;

import java.time.Instant;

/** What happens to a message after an attempt. */
public sealed interface DeliveryDecision {

    record Succeeded() implements DeliveryDecision {
    }

    record RetryAt(Instant at) implements DeliveryDecision {
    }

    /** Every attempt of the schedule failed: the message is failed (recoverable by hand). */
    record Exhausted() implements DeliveryDecision {
    }

    /** 410: the message is failed and the endpoint disabled. */
    record EndpointGone() implements DeliveryDecision {
    }

    static DeliveryDecision after(AttemptResult result, int attemptsInCycle, RetrySchedule schedule, Instant now,
                                  java.util.function.DoubleSupplier random) {
        return switch (result) {
            case AttemptResult.Delivered d -> new Succeeded();
            case AttemptResult.Gone g -> new EndpointGone();
            case AttemptResult.Rejected r -> retryOrExhaust(result, attemptsInCycle, schedule, now, random);
            case AttemptResult.Unreachable u -> retryOrExhaust(result, attemptsInCycle, schedule, now, random);
        };
    }

    private static DeliveryDecision retryOrExhaust(AttemptResult result, int attempts, RetrySchedule schedule,
                                                   Instant now, java.util.function.DoubleSupplier random) {
        return schedule.nextDelay(attempts, result.honouredRetryAfter(), random)
                .<DeliveryDecision>map(delay -> new RetryAt(now.plus(delay)))
                .orElseGet(Exhausted::new);
    }
}
