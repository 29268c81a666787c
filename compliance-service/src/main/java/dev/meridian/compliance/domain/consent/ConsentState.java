package dev.meridian.compliance.domain.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The current consent of a subject, derived from the ledger: the latest entry per purpose wins (by ledger
 * order, not client clock). Purposes never recorded are absent (no consent) except NECESSARY, which the
 * service needs to run and which is not subject to consent.
 */
public final class ConsentState {

    private ConsentState() {
    }

    public static Map<ConsentPurpose, Optional<ConsentRecord>> current(List<ConsentRecord> ledger) {
        Map<ConsentPurpose, Optional<ConsentRecord>> state = new EnumMap<>(ConsentPurpose.class);
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            state.put(purpose, ledger.stream().filter(r -> r.purpose() == purpose)
                    .max(Comparator.comparingLong(ConsentRecord::seq)));
        }
        return state;
    }

    /** The current decision per purpose, in purpose order: what a subject has consented to now. */
    public record Current(ConsentPurpose purpose, boolean granted, String policyVersion, Instant recordedAt) {
    }

    public static List<Current> summary(List<ConsentRecord> ledger) {
        List<Current> out = new ArrayList<>();
        current(ledger).forEach((purpose, latest) -> out.add(new Current(purpose, granted(purpose, latest),
                latest.map(ConsentRecord::policyVersion).orElse(null), latest.map(ConsentRecord::recordedAt).orElse(null))));
        return out;
    }

    public static boolean granted(ConsentPurpose purpose, Optional<ConsentRecord> latest) {
        return purpose == ConsentPurpose.NECESSARY || latest.map(ConsentRecord::granted).orElse(false);
    }
}
