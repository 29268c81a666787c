package dev.meridian.checkout.service.cart;

import static dev.meridian.checkout.support.Shoppers.anonymous;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.checkout.messaging.CheckoutEventTypes;
import dev.meridian.checkout.support.Catalog;
import dev.meridian.checkout.support.Orders;
import dev.meridian.checkout.support.PromotionsApi;
import dev.meridian.checkout.support.Shoppers;
import dev.meridian.checkout.support.TestClock;
import dev.meridian.platform.testing.KafkaRecorder;
import dev.meridian.platform.testing.KafkaTestResource;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** cart.abandoned: once per open cart with an e-mail left untouched for the configured time. */
@QuarkusTest
class CartAbandonmentTest {

    /** Runs the sweep until it has reported every cart abandoned by now (it works in batches, oldest first). */
    private static void sweep() {
        for (int round = 0; round < 50; round++) {
            int reported = given().auth().oauth2(PromotionsApi.adminToken()).when()
                    .post("/v1/admin/carts/report-abandoned").then().statusCode(200).extract().path("reported");
            if (reported == 0) {
                return;
            }
        }
        throw new AssertionError("the abandonment sweep kept finding carts");
    }

    @Test
    void a_cart_with_an_email_left_untouched_is_reported_once_and_one_without_an_email_never() {
        String sku = Catalog.sellableInDe("10.00");
        Map<String, String> withEmail = Shoppers.anonymousCart("DE");
        Shoppers.setLine(anonymous(withEmail.get("token")), withEmail.get("id"), sku, 2).then().statusCode(200);
        anonymous(withEmail.get("token")).body(Map.of("email", "late@example.com"))
                .when().put("/v1/carts/" + withEmail.get("id") + "/email").then().statusCode(200);
        Map<String, String> withoutEmail = Shoppers.anonymousCart("DE");
        Shoppers.setLine(anonymous(withoutEmail.get("token")), withoutEmail.get("id"), sku, 1).then().statusCode(200);
        try (KafkaRecorder recorder = new KafkaRecorder(KafkaTestResource.broker().bootstrapServers(),
                CheckoutEventTypes.TOPIC)) {
            sweep();
            assertThat(Orders.outboxEvents(CheckoutEventTypes.CART_ABANDONED, withEmail.get("id"))).isZero();

            TestClock.CLOCK.advance(Duration.ofMinutes(61));
            sweep();
            sweep();

            JsonNode event = Orders.published(recorder, CheckoutEventTypes.CART_ABANDONED, withEmail.get("id"), 1)
                    .getFirst();
            assertThat(event.at("/data/email").asText()).isEqualTo("late@example.com");
            assertThat(event.at("/data/total/amount").asText()).isEqualTo("20.00");
            assertThat(Orders.outboxEvents(CheckoutEventTypes.CART_ABANDONED, withEmail.get("id"))).isEqualTo(1);
            assertThat(Orders.outboxEvents(CheckoutEventTypes.CART_ABANDONED, withoutEmail.get("id"))).isZero();
            assertThat(TestDatabase.count("select count(*) from cart where id = cast(? as uuid) and abandoned_at "
                    + "is not null", withEmail.get("id"))).isEqualTo(1);
        }
    }
}
