package dev.meridian.compliance.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** timestamptz parameters and results: UTC offsets out, whatever the driver hands back in. */
final class SqlTimes {

    private SqlTimes() {
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            case LocalDateTime l -> l.toInstant(ZoneOffset.UTC);
            default -> throw new IllegalStateException("unexpected time type " + value.getClass());
        };
    }
}
