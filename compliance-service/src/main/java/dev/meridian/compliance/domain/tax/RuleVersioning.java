package dev.meridian.compliance.domain.tax;

import dev.meridian.platform.failure.StateConflict;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The one way every dated rule changes: a new version of the same id that takes effect strictly after the newest
 * one (never back-dated over it), optionally naming the version it supersedes (which must still be the newest),
 * and never overlapping another id about the same subject. Anything else is a {@link StateConflict}.
 */
public final class RuleVersioning {

    /** The newest stored version of a rule id. */
    public record Latest(int version, LocalDate validFrom) {
    }

    private RuleVersioning() {
    }

    /**
     * @param supersedes   the version the client saw and means to replace, or null
     * @param latest       the newest stored version of {@code id}
     * @param overlapping  another id about {@code subject} in force during {@code validity}, if any
     * @return the number the new version gets
     */
    public static int nextVersion(RuleKind kind, String id, Integer supersedes, Optional<Latest> latest,
                                  String subject, Validity validity, Optional<String> overlapping) {
        String rule = kind.label() + " '" + id + "'";
        if (latest.isEmpty() && supersedes != null) {
            throw new StateConflict(rule + " has no version " + supersedes + " to supersede",
                    Map.of("ruleId", id, "supersedesVersion", supersedes));
        }
        if (latest.isPresent() && supersedes != null && latest.get().version() != supersedes) {
            throw new StateConflict(rule + " is at version " + latest.get().version() + ", not " + supersedes
                    + ": reload it and decide again",
                    Map.of("ruleId", id, "currentVersion", latest.get().version(), "supersedesVersion", supersedes));
        }
        if (latest.isPresent() && !validity.from().isAfter(latest.get().validFrom())) {
            throw new StateConflict("a new version of " + rule + " must take effect after version "
                    + latest.get().version() + " (" + latest.get().validFrom() + "); versions are never edited or "
                    + "back-dated over one another",
                    Map.of("ruleId", id, "currentVersion", latest.get().version()));
        }
        if (overlapping.isPresent()) {
            throw new StateConflict(kind.label() + " '" + overlapping.get() + "' already covers " + subject + " "
                    + validity + "; add a version of it instead", Map.of("ruleId", overlapping.get()));
        }
        return latest.map(l -> l.version() + 1).orElse(1);
    }
}
