package dev.meridian.checkout.support;

import static io.restassured.RestAssured.given;

import dev.meridian.platform.testing.KeycloakTokens;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Promotions created through the admin API, as a merchant admin (a real token from the dev realm). */
public final class PromotionsApi {

    private static String adminToken;

    private PromotionsApi() {
    }

    public static synchronized String adminToken() {
        if (adminToken == null) {
            adminToken = KeycloakTokens.forUser("admin", "admin");
        }
        return adminToken;
    }

    public static String uniqueCode(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    public static Map<String, Object> percentOff(String code, String percent) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", percent + "% off");
        if (code != null) {
            body.put("code", code);
        }
        body.put("kind", "PERCENT_OFF");
        body.put("percent", percent);
        body.put("target", Map.of("kind", "ORDER"));
        return body;
    }

    public static Map<String, Object> amountOff(String code, String currency, String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", amount + " off");
        body.put("code", code);
        body.put("kind", "AMOUNT_OFF");
        body.put("amounts", List.of(Map.of("currency", currency, "amount", amount)));
        body.put("target", Map.of("kind", "ORDER"));
        return body;
    }

    public static Response create(String key, Map<String, Object> body) {
        return given().contentType("application/json").auth().oauth2(adminToken()).header(Keys.HEADER, key)
                .body(body).when().post("/v1/admin/promotions");
    }

    public static String create(Map<String, Object> body) {
        Response r = create(Keys.newKey(), body);
        r.then().statusCode(201);
        return r.path("id");
    }
}
