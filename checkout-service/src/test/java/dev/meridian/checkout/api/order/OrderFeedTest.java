package dev.meridian.checkout.api.order;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.checkout.support.Orders;
import dev.meridian.checkout.support.Upstreams;
import dev.meridian.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ERP feed: every change once, in commit order, from any position. */
@QuarkusTest
class OrderFeedTest {

    private static String token;

    private static synchronized String integration() {
        if (token == null) {
            token = KeycloakTokens.forClient("erp-integration", "erp-integration-dev-secret");
        }
        return token;
    }

    private static Response page(long after, int limit) {
        return given().auth().oauth2(integration()).queryParam("after", after).queryParam("limit", limit)
                .when().get("/v1/order-changes");
    }

    @BeforeEach
    void upstreamsAreUp() {
        Upstreams.reset();
    }

    @Test
    void an_erp_that_was_away_catches_up_from_its_position_without_missing_or_repeating_a_change() {
        long start = page(0, 100).then().statusCode(200).extract().<Number>path("next").longValue();
        while (true) {
            long next = page(start, 100).then().extract().<Number>path("next").longValue();
            if (next == start) {
                break;
            }
            start = next;
        }
        Map<String, String> a = Orders.placed("10.00");
        Map<String, String> b = Orders.placed("11.00");
        dev.meridian.checkout.support.Shoppers.anonymous(a.get("token")).body(Map.of()).when()
                .post("/v1/orders/" + a.get("orderId") + "/cancel").then().statusCode(200);

        List<String> seen = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        long after = start;
        while (true) {
            Response page = page(after, 1);
            page.then().statusCode(200);
            List<Map<String, Object>> changes = page.path("changes");
            if (changes.isEmpty()) {
                break;
            }
            changes.forEach(c -> {
                seen.add(((Map<?, ?>) c.get("order")).get("id") + ":" + c.get("event"));
                positions.add(((Number) c.get("position")).longValue());
            });
            after = page.<Number>path("next").longValue();
        }

        assertThat(seen).containsExactly(a.get("orderId") + ":placed", b.get("orderId") + ":placed",
                a.get("orderId") + ":cancelled");
        assertThat(positions).isSorted().doesNotHaveDuplicates();
    }
}
