package dev.meridian.compliance.domain.tax;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tax components from the dated rule table. Region-specific rules (a Canadian province) replace the
 * country-level ones; among versions of one rule id covering the date, the highest version wins.
 */
public final class RuleTableTaxProvider implements TaxProvider {

    public static final String STANDARD = "standard";

    private static final int MEMO_LIMIT = 4_096;

    private final Map<String, List<TaxRule>> byCountry;
    /** The rules are immutable, so an answer never changes; a cart asks the same few questions on every line. */
    private final Map<Question, TaxDetermination> answered = new ConcurrentHashMap<>();

    private record Question(String country, String region, String category, LocalDate date) {
    }

    public RuleTableTaxProvider(List<TaxRule> rules) {
        this.byCountry = rules.stream().collect(Collectors.groupingBy(TaxRule::country));
    }

    @Override
    public TaxDetermination determine(String country, String region, String category, LocalDate date) {
        Question question = new Question(country, region, category, date);
        TaxDetermination known = answered.get(question);
        if (known != null) {
            return known;
        }
        TaxDetermination answer = compute(country, region, category, date);
        if (answered.size() >= MEMO_LIMIT) {
            answered.clear(); // bounded: arbitrary categories from clients must not grow it without limit
        }
        answered.put(question, answer);
        return answer;
    }

    private TaxDetermination compute(String country, String region, String category, LocalDate date) {
        List<TaxRule> rules = byCountry.getOrDefault(country, List.of());
        if (rules.isEmpty()) {
            return TaxDetermination.none();
        }
        List<TaxRule> found = select(rules, region, category, date);
        if (!found.isEmpty() || STANDARD.equals(category)) {
            return new TaxDetermination(found, false);
        }
        List<TaxRule> standard = select(rules, region, STANDARD, date);
        return new TaxDetermination(standard, !standard.isEmpty());
    }

    private static List<TaxRule> select(List<TaxRule> rules, String region, String category, LocalDate date) {
        List<TaxRule> regional = region == null ? List.of() : covering(rules, region, category, date);
        return regional.isEmpty() ? covering(rules, null, category, date) : regional;
    }

    private static List<TaxRule> covering(List<TaxRule> rules, String region, String category, LocalDate date) {
        return rules.stream()
                .filter(r -> Objects.equals(r.region(), region) && r.category().equals(category)
                        && r.validity().covers(date))
                .collect(Collectors.toMap(TaxRule::id, Function.identity(),
                        (a, b) -> a.version() >= b.version() ? a : b))
                .values().stream()
                .sorted(Comparator.comparing(TaxRule::id))
                .toList();
    }
}
