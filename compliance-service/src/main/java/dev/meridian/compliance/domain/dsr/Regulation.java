package dev.meridian.compliance.domain.dsr;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The law a request is made under decides its deadline: GDPR and UK GDPR one month (Art. 12(3)), CCPA 45 days,
 * Australia's Privacy Act 30 days (APP 12.4; the OAIC's guidance for organisations), Japan's APPI "without delay"
 * (Art. 33(2)), which this service holds to 14 days.
 */
public enum Regulation {
    GDPR,
    UK_GDPR,
    CCPA,
    APPI,
    AU_PRIVACY_ACT;

    public Instant deadline(Instant received) {
        return switch (this) {
            case GDPR, UK_GDPR -> received.atZone(ZoneOffset.UTC).plusMonths(1).toInstant();
            case CCPA -> received.atZone(ZoneOffset.UTC).plusDays(45).toInstant();
            case APPI -> received.atZone(ZoneOffset.UTC).plusDays(14).toInstant();
            case AU_PRIVACY_ACT -> received.atZone(ZoneOffset.UTC).plusDays(30).toInstant();
        };
    }
}
