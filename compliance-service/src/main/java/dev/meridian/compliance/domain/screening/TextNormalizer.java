package dev.meridian.compliance.domain.screening;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text so that screening ignores case and accents ("NESTLÉ" = "nestle") and sees words: anything that is
 * not a letter or digit becomes one space, and the result is padded with spaces so " term " only matches whole
 * words (never "nestle" inside "nestlessly"). Invisible characters are removed first, so "Nes\u200Btle" is still
 * "nestle".
 */
public final class TextNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return " ";
        }
        String visible = ProtectedTerm.INVISIBLE.matcher(text).replaceAll("");
        String decomposed = Normalizer.normalize(visible, Normalizer.Form.NFKD);
        String folded = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l");
        return " " + NON_WORD.matcher(folded).replaceAll(" ").strip() + " ";
    }
}
