package dev.meridian.checkout.support;

import static dev.meridian.checkout.support.Shoppers.anonymous;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.platform.testing.JsonSchemas;
import dev.meridian.platform.testing.KafkaRecorder;
import dev.meridian.platform.testing.TestDatabase;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Placing orders as a storefront does, and reading what checkout published about them. */
public final class Orders {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Orders() {
    }

    public static Response place(Map<String, String> cart, String quoteId, String key) {
        return anonymous(cart.get("token")).header(Keys.HEADER, key).body(Map.of("quoteId", quoteId))
                .when().post("/v1/carts/" + cart.get("id") + "/orders");
    }

    /** A placed order of one unit of a new DE variant at {@code price}: the cart (id, token) and the order id. */
    public static Map<String, String> placed(String price) {
        String sku = Catalog.sellableInDe(price);
        Map<String, String> cart = Checkouts.readyCart(sku, 1);
        Response placed = place(cart, Checkouts.quoted(cart), Keys.newKey());
        placed.then().statusCode(201);
        return Map.of("id", cart.get("id"), "token", cart.get("token"), "orderId", placed.path("id"), "sku", sku);
    }

    /** An order placed by the customer {@code user} (one unit of a new DE variant): the cart id and order id. */
    public static Map<String, String> placedBy(String user, String price) {
        String sku = Catalog.sellableInDe(price);
        String cart = Checkouts.readyCustomerCart(user, sku, 1);
        String quote = Shoppers.as(user).when().post("/v1/carts/" + cart + "/checkout-quotes").then()
                .statusCode(201).extract().path("id");
        String order = Shoppers.as(user).header(Keys.HEADER, Keys.newKey()).body(Map.of("quoteId", quote))
                .when().post("/v1/carts/" + cart + "/orders").then().statusCode(201).extract().path("id");
        return Map.of("id", cart, "orderId", order, "sku", sku, "quoteId", quote);
    }

    public static long ordersOf(Map<String, String> cart) {
        return TestDatabase.count("select count(*) from customer_order where cart_id = cast(? as uuid)", cart.get("id"));
    }

    public static long outboxEvents(String type, String orderId) {
        return TestDatabase.count("select count(*) from outbox_event where type = ? and message_key = ?", type, orderId);
    }

    /** Waits for checkout's events of {@code type} about {@code key} on the topic; each checked against its schema. */
    public static List<JsonNode> published(KafkaRecorder recorder, String type, String key, int atLeast) {
        List<JsonNode> events = await().atMost(Duration.ofSeconds(60)).until(() -> recorder.poll().stream()
                .filter(r -> key.equals(r.key())).map(r -> read(r.value()))
                .filter(e -> type.equals(e.get("type").asText())).toList(), l -> l.size() >= atLeast);
        for (JsonNode e : events) {
            JsonSchemas.assertValid("common/cloudevent.json", e);
            JsonSchemas.assertValid(dev.meridian.platform.events.EventTypes.schemaPath(type), e.get("data"));
        }
        return events;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
