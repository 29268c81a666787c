package dev.meridian.checkout.client;

import static dev.meridian.checkout.support.Shoppers.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.meridian.checkout.support.Catalog;
import dev.meridian.checkout.support.Checkouts;
import dev.meridian.checkout.support.Upstreams;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A fulfillment that keeps failing opens the circuit: shoppers get 503 at once and fulfillment is left alone. */
@QuarkusTest
class CircuitBreakerTest {

    @Test
    void after_repeated_failures_calls_stop_reaching_fulfillment_until_it_recovers() {
        Upstreams.reset();
        String sku = Catalog.sellableInDe("10.00");
        Map<String, String> cart = Checkouts.readyCart(sku, 1);
        String options = "/v1/carts/" + cart.get("id") + "/shipping-options";
        Upstreams.fulfillmentDown();
        try {
            for (int i = 0; i < 10; i++) {
                anonymous(cart.get("token")).when().get(options).then().statusCode(503);
            }
            int reached = Upstreams.requestsTo("/v1/shipping-quotes");

            anonymous(cart.get("token")).when().get(options).then().statusCode(503).header("Retry-After", "5");

            assertThat(Upstreams.requestsTo("/v1/shipping-quotes")).as("the open circuit answers by itself")
                    .isEqualTo(reached);
            assertThat(reached).as("retries and breaker bound the calls").isLessThanOrEqualTo(30);
        } finally {
            Upstreams.reset();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> anonymous(cart.get("token")).when().get(options).statusCode() == 200);
        }
    }
}
