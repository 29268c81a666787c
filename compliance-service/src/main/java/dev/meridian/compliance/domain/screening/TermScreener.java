package dev.meridian.compliance.domain.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Finds protected terms (trademarks, geographical indications) in product text in any locale. */
public final class TermScreener {

    /** normalized form (" nestle ") → the term as the merchant entered it ("Nestlé"). */
    private final Map<String, String> terms = new TreeMap<>();

    public TermScreener(Collection<String> protectedTerms) {
        for (String term : protectedTerms) {
            String normalized = TextNormalizer.normalize(term);
            // a term stored before terms were checked may be too short to mean anything: it holds no product
            if (ProtectedTerm.letters(normalized) >= ProtectedTerm.MIN_LETTERS) {
                terms.put(normalized, term);
            }
        }
    }

    /** @param fields field name (title, description) → locale → text */
    public List<TermMatch> screen(Map<String, Map<String, String>> fields) {
        List<TermMatch> matches = new ArrayList<>();
        fields.forEach((field, byLocale) -> {
            if (byLocale == null) {
                return;
            }
            new TreeMap<>(byLocale).forEach((locale, text) -> {
                String normalized = TextNormalizer.normalize(text);
                terms.forEach((needle, term) -> {
                    if (normalized.contains(needle)) {
                        matches.add(new TermMatch(term, field, locale));
                    }
                });
            });
        });
        return matches;
    }
}
