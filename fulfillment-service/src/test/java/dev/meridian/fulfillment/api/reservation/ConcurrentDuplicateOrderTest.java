package dev.meridian.fulfillment.api.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.fulfillment.support.Reservations;
import dev.meridian.fulfillment.support.Stock;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Retries of one order arriving together: the unique order id (not a lock) keeps it to one reservation. */
@QuarkusTest
@TestSecurity(user = "checkout", roles = {"integration", "merchant-admin"})
class ConcurrentDuplicateOrderTest {

    @TestHTTPResource("/v1/reservations")
    URI reservations;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void thirty_concurrent_requests_for_one_order_reserve_once_and_all_answer_with_that_reservation() throws Exception {
        String sku = Stock.skuWith(Stock.ORIGIN, 100);
        String order = Reservations.orderId();
        String body = json.writeValueAsString(Reservations.request(order, "DE", Map.of(sku, 3)));

        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(30)).build();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            calls.add(client.sendAsync(HttpRequest.newBuilder(reservations).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);

        List<Integer> statuses = calls.stream().map(c -> c.join().statusCode()).toList();
        assertThat(statuses).containsOnly(201);
        assertThat(calls.stream().filter(c -> c.join().headers().firstValue("Idempotent-Replayed").isEmpty()))
                .as("exactly one answer is not a replay").hasSize(1);
        List<Object> ids = calls.stream().map(c -> {
            try {
                return json.readTree(c.join().body()).get("id").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct().map(Object.class::cast).toList();
        assertThat(ids).hasSize(1);
        assertThat(TestDatabase.count("select count(*) from reservation where order_id = ?", order)).isEqualTo(1);
        assertThat(Stock.reserved(sku, Stock.ORIGIN)).isEqualTo(3);
    }
}
