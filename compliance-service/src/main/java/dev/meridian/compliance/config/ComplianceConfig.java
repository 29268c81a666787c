package dev.meridian.compliance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Set;

/** Every setting of compliance-service ({@code meridian.compliance.*}). */
@ConfigMapping(prefix = "meridian.compliance")
public interface ComplianceConfig {

    Dsr dsr();

    Rules rules();

    Reevaluation reevaluation();

    interface Dsr {
        /** Services holding personal data: a request completes only when each of them has acknowledged. */
        Set<String> services();
    }

    interface Rules {
        /**
         * How often each instance compares its in-memory rules with the rule-set version in the database (a change
         * made on another instance takes at most this long to apply here). Read by the scheduler of
         * {@code RuleBook} through the same property.
         */
        @WithDefault("5s")
        Duration refreshInterval();
    }

    interface Reevaluation {
        /** How often each instance looks for queued re-evaluation jobs (besides right after a change). */
        @WithDefault("5s")
        Duration pollInterval();

        /** A running job whose cursor has not moved for this long belongs to a stopped instance and is taken over. */
        @WithDefault("60s")
        Duration staleAfter();
    }
}
