package dev.meridian.compliance.domain.restriction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.compliance.domain.screening.TermMatch;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarketEvaluatorTest {

    private static final List<RestrictionRule> RULES = List.of(
            new RestrictionRule("ce-electronics-eu", 1, "electronics", "EU", RestrictionKind.REQUIRES_CERTIFICATION, "CE", null),
            new RestrictionRule("ukca-electronics-gb", 1, "electronics", "GB", RestrictionKind.REQUIRES_CERTIFICATION, "UKCA", null),
            new RestrictionRule("no-knives-gb", 1, "knives", "GB", RestrictionKind.FORBIDDEN, null, null),
            new RestrictionRule("dg-lithium", 1, "*", "EU", RestrictionKind.DANGEROUS_GOODS, "lithium-battery", "no air freight"));

    private static ProductFacts product(Set<String> categories, Set<String> certifications, String... markets) {
        return new ProductFacts("p1", "SKU-1", categories, certifications, Set.of("lithium-battery"),
                Map.of("en", "Speaker"), Map.of(), List.of(markets));
    }

    private static Map<String, MarketStatus> evaluate(ProductFacts product, List<TermMatch> matches,
                                                      Optional<ReviewDecision> review) {
        return MarketEvaluator.evaluate(product, RULES, matches, review).stream()
                .collect(java.util.stream.Collectors.toMap(MarketStatus::market, s -> s));
    }

    @Test
    void a_product_without_ce_is_blocked_in_eu_markets_and_allowed_in_the_us() {
        Map<String, MarketStatus> status = evaluate(product(Set.of("electronics"), Set.of(), "DE", "FR", "US"), List.of(),
                Optional.empty());

        assertThat(status.get("DE").status()).isEqualTo(MarketState.BLOCKED);
        assertThat(status.get("DE").reasons()).anyMatch(r -> r.contains("CE"));
        assertThat(status.get("DE").rules()).contains(RULES.getFirst().ref());
        assertThat(status.get("FR").status()).isEqualTo(MarketState.BLOCKED);
        assertThat(status.get("US").status()).isEqualTo(MarketState.ALLOWED);
    }

    @Test
    void the_certification_unblocks_the_product() {
        Map<String, MarketStatus> status = evaluate(product(Set.of("electronics"), Set.of("CE"), "DE"), List.of(), Optional.empty());

        assertThat(status.get("DE").status()).isEqualTo(MarketState.ALLOWED);
    }

    @Test
    void a_forbidden_category_is_blocked_only_where_forbidden() {
        Map<String, MarketStatus> status = evaluate(product(Set.of("knives"), Set.of(), "GB", "DE"), List.of(), Optional.empty());

        assertThat(status.get("GB").status()).isEqualTo(MarketState.BLOCKED);
        assertThat(status.get("DE").status()).isEqualTo(MarketState.ALLOWED);
    }

    @Test
    void dangerous_goods_warn_without_blocking() {
        MarketStatus de = evaluate(product(Set.of("toys"), Set.of(), "DE"), List.of(), Optional.empty()).get("DE");

        assertThat(de.status()).isEqualTo(MarketState.ALLOWED);
        assertThat(de.warnings()).singleElement().asString().contains("lithium-battery").contains("no air freight");
    }

    @Test
    void a_protected_term_puts_the_product_in_review_until_approved() {
        List<TermMatch> matches = List.of(new TermMatch("Nestlé", "title", "en"));
        ProductFacts product = product(Set.of("food"), Set.of(), "DE");

        assertThat(evaluate(product, matches, Optional.empty()).get("DE").status()).isEqualTo(MarketState.NEEDS_REVIEW);
        assertThat(evaluate(product, matches, Optional.of(new ReviewDecision(Set.of("Nestlé"), true, "officer", "licensed")))
                .get("DE").status()).isEqualTo(MarketState.ALLOWED);
        assertThat(evaluate(product, matches, Optional.of(new ReviewDecision(Set.of("Nestlé"), false, "officer", "no licence")))
                .get("DE").status()).isEqualTo(MarketState.BLOCKED);
    }

    @Test
    void an_approval_does_not_cover_a_term_found_later() {
        List<TermMatch> matches = List.of(new TermMatch("Nestlé", "title", "en"), new TermMatch("Champagne", "title", "en"));

        MarketStatus de = evaluate(product(Set.of("food"), Set.of(), "DE"), matches,
                Optional.of(new ReviewDecision(Set.of("Nestlé"), true, "officer", null))).get("DE");

        assertThat(de.status()).isEqualTo(MarketState.NEEDS_REVIEW);
    }

    @Test
    void a_block_outranks_a_pending_review() {
        MarketStatus de = evaluate(product(Set.of("electronics"), Set.of(), "DE"), List.of(new TermMatch("Sony", "title", "en")),
                Optional.empty()).get("DE");

        assertThat(de.status()).isEqualTo(MarketState.BLOCKED);
        assertThat(de.reasons()).hasSize(2);
    }
}
