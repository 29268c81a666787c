package dev.meridian.compliance.domain.restriction;

import dev.meridian.compliance.domain.geo.Territories;
import dev.meridian.compliance.domain.screening.TermMatch;
import dev.meridian.compliance.domain.tax.RuleRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Evaluates a product in each of its markets. BLOCKED (missing certification, forbidden, rejected term)
 * outranks NEEDS_REVIEW (a protected term nobody has decided on yet), which outranks ALLOWED.
 */
public final class MarketEvaluator {

    private MarketEvaluator() {
    }

    public static List<MarketStatus> evaluate(ProductFacts product, List<RestrictionRule> rules, List<TermMatch> matches,
                                              Optional<ReviewDecision> review) {
        Set<String> terms = matches.stream().map(TermMatch::term).collect(Collectors.toCollection(TreeSet::new));
        List<MarketStatus> statuses = new ArrayList<>();
        for (String market : new TreeSet<>(product.markets())) {
            statuses.add(evaluate(product, market, rules, terms, review));
        }
        return statuses;
    }

    private static MarketStatus evaluate(ProductFacts product, String market, List<RestrictionRule> rules,
                                         Set<String> terms, Optional<ReviewDecision> review) {
        List<String> blocks = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<RuleRef> refs = new ArrayList<>();
        for (RestrictionRule rule : rules) {
            if (!appliesTo(rule, product, market)) {
                continue;
            }
            switch (rule.kind()) {
                case REQUIRES_CERTIFICATION -> {
                    if (!product.certifications().contains(rule.subject())) {
                        blocks.add("missing certification " + rule.subject() + " for " + market + " (" + rule.ref() + ")");
                        refs.add(rule.ref());
                    }
                }
                case FORBIDDEN -> {
                    blocks.add("category " + rule.category() + " is forbidden in " + market + " (" + rule.ref() + ")");
                    refs.add(rule.ref());
                }
                case DANGEROUS_GOODS -> {
                    if (product.dangerousGoods().contains(rule.subject())) {
                        warnings.add("dangerous goods " + rule.subject() + ": " + rule.note() + " (" + rule.ref() + ")");
                        refs.add(rule.ref());
                    }
                }
            }
        }
        boolean needsReview = false;
        if (!terms.isEmpty()) {
            if (review.isPresent() && review.get().covers(terms)) {
                if (!review.get().approved()) {
                    blocks.add("protected term(s) " + terms + " rejected by compliance review");
                }
            } else {
                needsReview = true;
            }
        }
        MarketState state = !blocks.isEmpty() ? MarketState.BLOCKED
                : needsReview ? MarketState.NEEDS_REVIEW : MarketState.ALLOWED;
        List<String> reasons = new ArrayList<>(blocks);
        if (needsReview) {
            reasons.add("protected term(s) " + terms + " await compliance review");
        }
        return new MarketStatus(market, state, reasons, warnings, refs);
    }

    private static boolean appliesTo(RestrictionRule rule, ProductFacts product, String market) {
        boolean category = RestrictionRule.ANY_CATEGORY.equals(rule.category()) || product.categories().contains(rule.category());
        return category && (Territories.matches(rule.market(), market) || rule.market().equals(market));
    }
}
