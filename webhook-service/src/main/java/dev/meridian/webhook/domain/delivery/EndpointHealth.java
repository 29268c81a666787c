package dev.meridian.webhook.domain.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The disable ladder: an endpoint whose every attempt has failed since {@code failingSince} is warned about when the
 * streak reaches each age in {@code warnAfter} (operational event endpoint.failing), and disabled once it reaches
 * {@code disableAfter} (endpoint.disabled). Any success ends the streak.
 */
public record EndpointHealth(List<Duration> warnAfter, Duration disableAfter) {

    public EndpointHealth {
        warnAfter = warnAfter.stream().sorted().toList();
    }

    public sealed interface Verdict {
        /** Still failing, nothing new to say. */
        record Failing(Instant since) implements Verdict {
        }

        /** The streak reached warning {@code level} (1-based) of the ladder. */
        record Warn(Instant since, int level, Duration failingFor) implements Verdict {
        }

        record Disable(Instant since, Duration failingFor) implements Verdict {
        }
    }

    /** After a failed attempt at {@code now}, given the streak so far ({@code failingSince} null: none). */
    public Verdict afterFailure(Instant failingSince, int warningsSent, Instant now) {
        Instant since = failingSince == null ? now : failingSince;
        Duration failingFor = Duration.between(since, now);
        if (failingFor.compareTo(disableAfter) >= 0) {
            return new Verdict.Disable(since, failingFor);
        }
        int level = (int) warnAfter.stream().filter(age -> failingFor.compareTo(age) >= 0).count();
        return level > warningsSent ? new Verdict.Warn(since, level, failingFor) : new Verdict.Failing(since);
    }
}
