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
}
