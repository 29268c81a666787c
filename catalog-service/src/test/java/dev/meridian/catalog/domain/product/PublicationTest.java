package dev.meridian.catalog.domain.product;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.catalog.domain.Examples;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationTest {

    @Test
    void a_published_product_nothing_stands_against_is_visible() {
        assertThat(new Publication("EU", true, "allowed", List.of()).visible()).isTrue();
    }

    @Test
    void an_unpublished_product_is_not_visible() {
        assertThat(new Publication("EU", false, "allowed", List.of()).visible()).isFalse();
    }

    @Test
    void a_product_compliance_blocked_or_wants_reviewed_is_not_visible_even_when_published() {
        assertThat(new Publication("UK", true, "blocked", List.of("UKCA marking missing")).visible()).isFalse();
        assertThat(new Publication("UK", true, "needs-review", List.of()).visible()).isFalse();
    }

    @Test
    void publishing_keeps_the_compliance_verdict() {
        Publication blocked = new Publication("UK", false, "blocked", List.of("UKCA marking missing"));
        assertThat(blocked.withPublished(true)).isEqualTo(new Publication("UK", true, "blocked",
                List.of("UKCA marking missing")));
    }

    @Test
    void a_market_never_published_in_is_unpublished_and_allowed() {
        assertThat(Publication.none("JP")).isEqualTo(new Publication("JP", false, "allowed", List.of()));
    }

    @Test
    void only_an_active_product_is_visible_in_a_market() {
        assertThat(Examples.product().publishedIn(Examples.eu()).build().visibleIn("EU")).isTrue();
        assertThat(Examples.product().status(ProductStatus.DRAFT).publishedIn(Examples.eu()).build().visibleIn("EU"))
                .isFalse();
        assertThat(Examples.product().publishedIn(Examples.eu()).build().visibleIn("UK")).isFalse();
    }
}
