package dev.meridian.webhook.api.endpoint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.meridian.platform.testing.TestDatabase;
import dev.meridian.webhook.support.Endpoints;
import dev.meridian.webhook.support.Integrators;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EndpointApiTest {

    @AfterEach
    void cleanUp() {
        Endpoints.deleteAll();
    }

    @Test
    void creating_an_endpoint_shows_its_secret_once() {
        var created = Endpoints.to("https://erp.example.com/hooks").types("meridian.checkout.order.*").market("DE")
                .throttle(20).description("ERP orders").register();

        assertThat(created.secret()).startsWith("whsec_");
        Response read = Integrators.erp().when().get("/v1/webhook-endpoints/" + created.id());
        read.then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("url", equalTo("https://erp.example.com/hooks"))
                .body("eventTypes", equalTo(List.of("meridian.checkout.order.*")))
                .body("market", equalTo("DE"))
                .body("throttlePerSecond", equalTo(20))
                .body("ordering", equalTo("PER_AGGREGATE"))
                .body("enabled", equalTo(true))
                .body("secret", nullValue());
        assertThat(read.asString()).doesNotContain(created.secret());
    }

    @Test
    void a_retried_create_with_the_same_key_replays_the_answer_and_creates_one_endpoint() {
        String key = UUID.randomUUID().toString();
        String url = "https://erp.example.com/" + UUID.randomUUID();
        Map<String, Object> body = Map.of("url", url, "eventTypes", List.of("meridian.checkout.order.*"));

        Response first = Integrators.erp().header(Integrators.KEY, key).body(body).post("/v1/webhook-endpoints");
        Response retry = Integrators.erp().header(Integrators.KEY, key).body(body).post("/v1/webhook-endpoints");

        first.then().statusCode(201);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", containsString("/v1/webhook-endpoints/"));
        assertThat(retry.<String>path("endpoint.id")).isEqualTo(first.path("endpoint.id"));
        assertThat(retry.<String>path("secret")).isEqualTo(first.path("secret"));
        assertThat(TestDatabase.count("select count(*) from webhook_endpoint where url = ?", url)).isEqualTo(1);
        Integrators.erp().delete("/v1/webhook-endpoints/" + first.path("endpoint.id"));
    }

    @Test
    void the_same_key_with_another_body_is_422() {
        String key = UUID.randomUUID().toString();
        Response first = Integrators.erp().header(Integrators.KEY, key)
                .body(Map.of("url", "https://a.example.com/", "eventTypes", List.of("*"))).post("/v1/webhook-endpoints");
        Integrators.erp().header(Integrators.KEY, key)
                .body(Map.of("url", "https://b.example.com/", "eventTypes", List.of("*"))).post("/v1/webhook-endpoints")
                .then().statusCode(422);
        Integrators.erp().delete("/v1/webhook-endpoints/" + first.path("endpoint.id"));
    }

    @Test
    void a_create_without_idempotency_key_is_400() {
        Integrators.erp().body(Map.of("url", "https://erp.example.com/", "eventTypes", List.of("*")))
                .post("/v1/webhook-endpoints").then().statusCode(400);
    }

    @Test
    void bad_settings_are_400_naming_the_field_and_store_nothing() {
        long before = TestDatabase.count("select count(*) from webhook_endpoint");
        Integrators.erpKeyed().body(Map.of("url", "ftp://erp.example.com/", "eventTypes", List.of("*")))
                .post("/v1/webhook-endpoints").then().statusCode(400)
                .body("errors.field", hasItem("url"));
        Integrators.erpKeyed().body(Map.of("url", "https://erp.example.com/", "eventTypes", List.of("meridian.Bad")))
                .post("/v1/webhook-endpoints").then().statusCode(400)
                .body("errors.field", hasItem("eventTypes[0]"));
        Integrators.erpKeyed().body(Map.of("url", "https://erp.example.com/", "eventTypes", List.of("*"),
                        "ordering", "RANDOM"))
                .post("/v1/webhook-endpoints").then().statusCode(400)
                .body("errors.field", hasItem("ordering"));
        assertThat(TestDatabase.count("select count(*) from webhook_endpoint")).isEqualTo(before);
    }

    @Test
    void replacing_needs_the_current_etag() {
        var created = Endpoints.to("https://erp.example.com/hooks").register();
        Map<String, Object> next = Map.of("url", "https://erp.example.com/v2", "eventTypes", List.of("*"),
                "ordering", "NONE", "throttlePerSecond", 5);

        Integrators.erp().body(next).put("/v1/webhook-endpoints/" + created.id()).then().statusCode(428);
        Integrators.erp().header("If-Match", "\"7\"").body(next).put("/v1/webhook-endpoints/" + created.id())
                .then().statusCode(412);
        Integrators.erp().header("If-Match", "\"0\"").body(next).put("/v1/webhook-endpoints/" + created.id())
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("url", equalTo("https://erp.example.com/v2")).body("ordering", equalTo("NONE"));
        Integrators.erp().header("If-Match", "\"0\"").body(next).put("/v1/webhook-endpoints/" + created.id())
                .then().statusCode(412);
    }

    @Test
    void rotating_returns_a_new_secret_and_keeps_the_old_one_signing_for_the_overlap() {
        var created = Endpoints.to("https://erp.example.com/hooks").register();

        Response rotated = Integrators.erpKeyed().post("/v1/webhook-endpoints/" + created.id() + "/secret/rotate");

        rotated.then().statusCode(200).body("secret", startsWith("whsec_"));
        assertThat(rotated.<String>path("secret")).isNotEqualTo(created.secret());
        assertThat(rotated.<String>path("previousSecretExpiresAt")).isNotNull();
        Integrators.erp().get("/v1/webhook-endpoints/" + created.id()).then()
                .body("previousSecretExpiresAt", equalTo(rotated.path("previousSecretExpiresAt")));
    }

    @Test
    void a_retried_rotation_with_the_same_key_rotates_once() {
        var created = Endpoints.to("https://erp.example.com/hooks").register();
        String key = UUID.randomUUID().toString();

        Response first = Integrators.erp().header(Integrators.KEY, key)
                .post("/v1/webhook-endpoints/" + created.id() + "/secret/rotate");
        Response retry = Integrators.erp().header(Integrators.KEY, key)
                .post("/v1/webhook-endpoints/" + created.id() + "/secret/rotate");

        retry.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertThat(retry.<String>path("secret")).isEqualTo(first.path("secret"));
        Integrators.erp().get("/v1/webhook-endpoints/" + created.id()).then().body("version", equalTo(1));
    }

    @Test
    void the_merchant_admin_manages_endpoints_too() {
        Integrators.admin().header(Integrators.KEY, UUID.randomUUID().toString())
                .body(Map.of("url", "https://crm.example.com/", "eventTypes", List.of("*")))
                .post("/v1/webhook-endpoints").then().statusCode(201);
        Integrators.admin().get("/v1/webhook-endpoints").then().statusCode(200);
        TestDatabase.execute("delete from webhook_endpoint where url = 'https://crm.example.com/'");
    }

    @Test
    void other_roles_and_anonymous_callers_are_refused() {
        Integrators.user("editor").get("/v1/webhook-endpoints").then().statusCode(403);
        given().get("/v1/webhook-endpoints").then().statusCode(401);
        given().contentType("application/json").header(Integrators.KEY, UUID.randomUUID().toString())
                .body(Map.of("url", "https://erp.example.com/", "eventTypes", List.of("*")))
                .post("/v1/webhook-endpoints").then().statusCode(401);
    }

    @Test
    void endpoints_are_listed_a_page_at_a_time() {
        for (int i = 0; i < 3; i++) {
            Endpoints.to("https://erp.example.com/page/" + i).register();
        }
        Response first = Integrators.erp().queryParam("limit", 2).get("/v1/webhook-endpoints");
        first.then().statusCode(200);
        List<String> seen = new java.util.ArrayList<>(first.path("items.id"));
        String cursor = first.path("nextCursor");
        while (cursor != null) {
            Response next = Integrators.erp().queryParam("limit", 2).queryParam("cursor", cursor)
                    .get("/v1/webhook-endpoints");
            seen.addAll(next.path("items.id"));
            cursor = next.path("nextCursor");
        }
        assertThat(seen).doesNotHaveDuplicates()
                .hasSize((int) TestDatabase.count("select count(*) from webhook_endpoint"));
    }

    @Test
    void deleting_an_endpoint_removes_it() {
        var created = Endpoints.to("https://erp.example.com/hooks").register();
        Integrators.erp().delete("/v1/webhook-endpoints/" + created.id()).then().statusCode(204);
        Integrators.erp().get("/v1/webhook-endpoints/" + created.id()).then().statusCode(404);
    }
}
