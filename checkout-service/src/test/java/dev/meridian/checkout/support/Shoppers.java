package dev.meridian.checkout.support;

import static io.restassured.RestAssured.given;

import dev.meridian.platform.testing.KeycloakTokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who calls checkout in a test: an anonymous shopper holding a cart token, or a customer of the local Keycloak realm
 * with a real bearer token (customer and customer2 are two different subjects).
 */
public final class Shoppers {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Shoppers() {
    }

    public static String bearer(String user) {
        return TOKENS.computeIfAbsent(user, u -> KeycloakTokens.forUser(u, u));
    }

    /** A request as the customer {@code user} (password = user name in the dev realm). */
    public static RequestSpecification as(String user) {
        return given().contentType("application/json").auth().oauth2(bearer(user));
    }

    public static RequestSpecification anonymous(String cartToken) {
        RequestSpecification spec = given().contentType("application/json");
        return cartToken == null ? spec : spec.header("X-Cart-Token", cartToken);
    }

    /** A new anonymous cart in {@code market}: its id and token. */
    public static Map<String, String> anonymousCart(String market) {
        Catalog.ensureMarket(market);
        Response created = Keys.keyed().body(Map.of("market", market, "locale", "de-DE")).when().post("/v1/carts");
        created.then().statusCode(201);
        return Map.of("id", created.path("id"), "token", created.path("cartToken"));
    }

    /** The customer's open cart in {@code market} (created if needed): its id. */
    public static String customerCart(String user, String market) {
        Catalog.ensureMarket(market);
        Response created = as(user).header(Keys.HEADER, Keys.newKey())
                .body(Map.of("market", market, "locale", "de-DE")).when().post("/v1/carts");
        created.then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        return created.path("id");
    }

    public static Response setLine(RequestSpecification who, String cartId, String sku, int quantity) {
        return who.body(Map.of("quantity", quantity)).when().put("/v1/carts/" + cartId + "/lines/" + sku);
    }
}
