package dev.meridian.compliance.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 hash chain over audit entries. Each field is length-prefixed before hashing so that moving text from
 * one field to the next ("ab","c" vs "a","bc") changes the hash. Times are truncated to microseconds, the
 * precision PostgreSQL stores, so a hash computed before insert verifies after reading back.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static Instant storable(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** Builds the next entry after {@code previous} (null for the first). */
    public static AuditEntry append(AuditEntry previous, Instant at, String actor, String action, String subject,
                                    String before, String after) {
        long seq = previous == null ? 1 : previous.seq() + 1;
        String prevHash = previous == null ? GENESIS : previous.hash();
        Instant time = storable(at);
        return new AuditEntry(seq, time, actor, action, subject, before, after, prevHash,
                hash(prevHash, seq, time, actor, action, subject, before, after));
    }

    public static String hash(String prevHash, long seq, Instant at, String actor, String action, String subject,
                              String before, String after) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {prevHash, Long.toString(seq), at.toString(), actor, action, subject, before, after}) {
            canonical.append(field == null ? -1 : field.length()).append(':').append(field == null ? "" : field).append(';');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /** Walks the chain in sequence order; reports the first entry whose content, link or position is wrong. */
    public static Verification verify(List<AuditEntry> entries) {
        String expectedPrev = GENESIS;
        long expectedSeq = 1;
        for (AuditEntry e : entries) {
            if (e.seq() != expectedSeq) {
                return Verification.broken(entries.size(), e.seq(), "expected entry " + expectedSeq + " (an entry was removed or inserted)");
            }
            if (!e.prevHash().equals(expectedPrev)) {
                return Verification.broken(entries.size(), e.seq(), "does not link to the previous entry");
            }
            String recomputed = hash(e.prevHash(), e.seq(), e.at(), e.actor(), e.action(), e.subject(), e.before(), e.after());
            if (!recomputed.equals(e.hash())) {
                return Verification.broken(entries.size(), e.seq(), "content does not match its hash (altered)");
            }
            expectedPrev = e.hash();
            expectedSeq++;
        }
        return new Verification(true, entries.size(), null, null, entries.isEmpty() ? GENESIS : expectedPrev);
    }

    /** @param head the hash of the last entry: publish or store it elsewhere to detect truncation too */
    public record Verification(boolean valid, long checked, Long firstBrokenSeq, String reason, String head) {

        static Verification broken(long checked, long seq, String reason) {
            return new Verification(false, checked, seq, reason, null);
        }
    }
}
