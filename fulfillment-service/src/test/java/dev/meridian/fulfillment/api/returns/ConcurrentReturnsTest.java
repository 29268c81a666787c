package dev.meridian.fulfillment.api.returns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.fulfillment.support.Shipments;
import dev.meridian.fulfillment.support.Stock;
import dev.meridian.platform.events.EventTypes;
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
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Real concurrency: the units of a shipment can be returned (and refunded) once, however many ask at once. */
@QuarkusTest
@TestSecurity(user = "ops", roles = {"order-manager", "merchant-admin"})
class ConcurrentReturnsTest {

    @TestHTTPResource("/v1")
    URI api;

    private final ObjectMapper json = new ObjectMapper();

    private List<HttpResponse<String>> concurrently(int times, String path, String body, boolean freshKeys)
            throws Exception {
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(times)).build();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (freshKeys) {
                request.header("Idempotency-Key", UUID.randomUUID().toString());
            }
            calls.add(client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        return calls.stream().map(CompletableFuture::join).toList();
    }

    @Test
    void ten_concurrent_returns_of_all_shipped_units_open_exactly_one() throws Exception {
        Map<String, String> shipment = Shipments.delivered("DE", "DE", "c1");
        String body = json.writeValueAsString(Map.of("shipmentId", shipment.get("id"),
                "lines", List.of(Map.of("sku", shipment.get("sku"), "quantity", 2, "reason", "too small"))));

        List<Integer> statuses = concurrently(10, "/returns", body, true).stream()
                .map(HttpResponse::statusCode).toList();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 400).hasSize(9);
        assertThat(TestDatabase.count("select count(*) from return_case where shipment_id = cast(? as uuid)",
                shipment.get("id"))).isEqualTo(1);
    }

    @Test
    void ten_concurrent_receipts_of_one_return_restock_once_and_emit_one_return_received() throws Exception {
        Map<String, String> shipment = Shipments.delivered("DE", "DE", "c1");
        String returnId = dev.meridian.fulfillment.support.Keys.keyed().body(Map.of("shipmentId", shipment.get("id"),
                        "lines", List.of(Map.of("sku", shipment.get("sku"), "quantity", 2, "reason", "too small"))))
                .when().post("/v1/returns").then().statusCode(201).extract().path("id");

        List<Integer> statuses = concurrently(10, "/admin/returns/" + returnId + "/receive",
                "{\"conditions\":{}}", false).stream().map(HttpResponse::statusCode).toList();

        assertThat(statuses).containsOnly(200);
        assertThat(Stock.onHand(shipment.get("sku"), "HUB-DE")).isEqualTo(2);
        assertThat(TestDatabase.count("select count(*) from outbox_event where type = ? and message_key = ?",
                EventTypes.FULFILLMENT_RETURN_RECEIVED, returnId)).isEqualTo(1);
    }
}
