package dev.meridian.compliance.domain.dsr;

import java.time.Instant;
import java.time.ZoneOffset;

/** The law a request is made under decides its deadline: GDPR one month (Art. 12(3)), CCPA 45 days. */
public enum Regulation {
    GDPR,
    CCPA;

    public Instant deadline(Instant received) {
        return switch (this) {
            case GDPR -> received.atZone(ZoneOffset.UTC).plusMonths(1).toInstant();
            case CCPA -> received.atZone(ZoneOffset.UTC).plusDays(45).toInstant();
        };
    }
}
