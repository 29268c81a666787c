package dev.meridian.catalog.domain.localization;

import dev.meridian.catalog.domain.market.Market;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The fallback chain for a requested locale in a market: {@code de-AT} → {@code de} → the market's default (then its other locales). */
public record LocaleChain(List<String> tags) {

    public static LocaleChain of(String requested, Market market) {
        LinkedHashSet<String> chain = new LinkedHashSet<>();
        if (requested != null && !requested.isBlank()) {
            Locale locale = Locale.forLanguageTag(LocalizedText.canonicalTag(requested));
            String tag = locale.toLanguageTag();
            chain.add(tag);
            // drop subtags from the right: de-Latn-AT → de-Latn → de
            while (tag.contains("-")) {
                tag = tag.substring(0, tag.lastIndexOf('-'));
                chain.add(tag);
            }
        }
        chain.addAll(market.locales());
        return new LocaleChain(new ArrayList<>(chain));
    }

    /** The first tag of the chain the text has, with its text. */
    public Optional<Map.Entry<String, String>> pick(Map<String, String> text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        for (String tag : tags) {
            String value = text.get(tag);
            if (value != null) {
                return Optional.of(Map.entry(tag, value));
            }
        }
        return Optional.empty();
    }

    public String first() {
        return tags.get(0);
    }
}
