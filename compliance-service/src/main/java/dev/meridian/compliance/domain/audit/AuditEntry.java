package dev.meridian.compliance.domain.audit;

import java.time.Instant;

/**
 * One compliance-relevant action. {@code before}/{@code after} are JSON snapshots (null when not applicable).
 * {@code hash} covers every other field and the previous entry's hash, so changing or removing any stored
 * entry breaks the chain from that point on.
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String before,
                         String after, String prevHash, String hash) {
}
