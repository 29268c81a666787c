package dev.meridian.catalog.api.product;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.meridian.catalog.support.Products;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "editor", roles = "catalog-editor")
class IdempotencyTest {

    private static Response post(String key, Map<String, Object> body) {
        var request = given().contentType("application/json").body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/v1/admin/products");
    }

    private static long productsWithSku(String sku) {
        return TestDatabase.count("select count(*) from product where sku = ?", sku);
    }

    @Test
    void a_create_without_a_key_is_refused_with_400() {
        Map<String, Object> body = Products.newProduct();
        post(null, body).then().statusCode(400)
                .body("type", equalTo("https://meridian.dev/problems/idempotency-key-missing"));
        assertThat(productsWithSku((String) body.get("sku"))).isZero();
    }

    @Test
    void a_retry_with_the_same_key_and_body_replays_the_first_response() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Products.newProduct();
        Response first = post(key, body);
        first.then().log().all().statusCode(201);

        Response retry = post(key, body);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"));
        assertThat(retry.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(productsWithSku((String) body.get("sku"))).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from outbox_event where message_key = ?",
                first.jsonPath().getString("id"))).isEqualTo(1);
    }

    @Test
    void the_same_key_with_a_different_body_is_422() {
        String key = UUID.randomUUID().toString();
        post(key, Products.newProduct()).then().statusCode(201);
        Map<String, Object> other = Products.newProduct();

        post(key, other).then().statusCode(422)
                .body("type", equalTo("https://meridian.dev/problems/idempotency-key-reused"));
        assertThat(productsWithSku((String) other.get("sku"))).isZero();
    }

    @Test
    void keys_are_scoped_per_principal() {
        String key = UUID.randomUUID().toString();
        post(key, Products.newProduct()).then().statusCode(201);
        TestDatabase.execute("update idempotency_key set scope = 'someone-else' where key = ?", key);

        post(key, Products.newProduct()).then().statusCode(201).header("Idempotent-Replayed", (String) null);
    }

    @Test
    void a_request_while_the_first_with_the_same_key_still_runs_is_409() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Products.newProduct();
        // Hold the key's lock as a still-running first request would.
        try (Connection running = TestDatabase.connect()) {
            running.setAutoCommit(false);
            try (PreparedStatement lock = running.prepareStatement(
                    "select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, "sub:editor\n" + key);
                lock.execute();
            }
            post(key, body).then().statusCode(409)
                    .body("type", equalTo("https://meridian.dev/problems/idempotency-request-in-progress"));
            running.rollback();
        }
        assertThat(productsWithSku((String) body.get("sku"))).isZero();
        post(key, body).then().statusCode(201);
    }

    @Test
    void twenty_concurrent_requests_with_one_key_create_exactly_one_product() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Products.newProduct();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return post(key, body);
            }, pool));
        }
        start.countDown();
        List<Response> responses = calls.stream().map(CompletableFuture::join).toList();
        pool.shutdown();

        assertThat(productsWithSku((String) body.get("sku"))).isEqualTo(1);
        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isIn(201, 409));
        assertThat(responses.stream().filter(r -> r.statusCode() == 201).map(r -> r.jsonPath().getString("id"))
                .distinct()).hasSize(1);
    }
}
