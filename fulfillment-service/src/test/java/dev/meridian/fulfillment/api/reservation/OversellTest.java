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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Real PostgreSQL, real concurrency: the essential guarantee that nothing is ever oversold. */
@QuarkusTest
@TestSecurity(user = "checkout", roles = {"integration", "merchant-admin"})
class OversellTest {

    @TestHTTPResource("/v1/reservations")
    URI reservations;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void two_hundred_concurrent_reservations_for_ten_units_yield_exactly_ten() throws Exception {
        String sku = Stock.skuWith(Stock.ORIGIN, 10);
        // Watch available stock from the side while the storm runs: it must never be seen below zero.
        ConcurrentLinkedQueue<Long> observed = new ConcurrentLinkedQueue<>();
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();
        watcher.scheduleAtFixedRate(() -> observed.add(TestDatabase.count(
                "select min(on_hand - reserved) from stock_level where sku = ?", sku)), 0, 20, TimeUnit.MILLISECONDS);

        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(64)).build();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String body = json.writeValueAsString(Reservations.request(Reservations.orderId(), "DE", Map.of(sku, 1)));
            calls.add(client.sendAsync(HttpRequest.newBuilder(reservations).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        watcher.shutdownNow();

        List<Integer> statuses = calls.stream().map(c -> c.join().statusCode()).toList();
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(10);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(190);
        assertThat(Stock.available(sku, Stock.ORIGIN)).isZero();
        assertThat(Stock.reserved(sku, Stock.ORIGIN)).isEqualTo(10);
        assertThat(TestDatabase.count("select count(*) from reservation where lines -> 'items' @> cast(? as jsonb)",
                "[{\"sku\":\"" + sku + "\"}]")).isEqualTo(10);
        assertThat(observed).isNotEmpty().allMatch(available -> available >= 0);
    }
}
