package dev.meridian.compliance.domain.screening;

import dev.meridian.platform.failure.RuleViolation;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A protected term as it is stored: invisible characters stripped, NFC, single spaces, and at least
 * {@link #MIN_LETTERS} letters or digits. Why: a one-letter term padded with invisible characters looked like a
 * real term to a person but screened as the word "a" and held every scarf for review.
 */
public final class ProtectedTerm {

    public static final int MIN_LETTERS = 2;
    public static final int MAX_LENGTH = 200;

    /**
     * Characters that render as nothing: format and control characters (zero-width space and joiners, word joiner,
     * BOM, soft hyphen, bidi marks), variation selectors, the combining grapheme joiner and the Hangul fillers.
     */
    static final Pattern INVISIBLE = Pattern.compile(
            "[\\p{Cf}\\p{Cc}\\x{034F}\\x{115F}\\x{1160}\\x{3164}\\x{FFA0}\\x{180B}-\\x{180F}\\x{FE00}-\\x{FE0F}"
                    + "\\x{E0100}-\\x{E01EF}]");
    private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\s]+");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    private ProtectedTerm() {
    }

    /** The term to store, or a violation of field {@code term}. */
    public static String of(String raw) {
        RuleViolation.require(raw != null, "term", "is required");
        String visible = INVISIBLE.matcher(raw).replaceAll("");
        String term = SPACES.matcher(Normalizer.normalize(visible, Normalizer.Form.NFC)).replaceAll(" ").strip();
        RuleViolation.require(letters(term) >= MIN_LETTERS, "term",
                "must have at least " + MIN_LETTERS + " letters or digits (invisible characters do not count)");
        RuleViolation.require(term.length() <= MAX_LENGTH, "term", "must be at most " + MAX_LENGTH + " characters");
        return term;
    }

    /** Letters and digits, the part of a term screening compares. */
    static long letters(String text) {
        return LETTER_OR_DIGIT.matcher(text).results().count();
    }
}
