package dev.meridian.compliance.config;

import io.smallrye.config.ConfigMapping;
import java.util.Set;

@ConfigMapping(prefix = "meridian.compliance")
public interface ComplianceConfig {

    Dsr dsr();

    interface Dsr {
        /** Services holding personal data: a request completes only when each of them has acknowledged. */
        Set<String> services();
    }
}
