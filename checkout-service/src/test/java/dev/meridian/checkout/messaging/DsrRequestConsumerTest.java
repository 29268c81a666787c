package dev.meridian.checkout.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.checkout.support.Orders;
import dev.meridian.checkout.support.Shoppers;
import dev.meridian.checkout.support.Upstreams;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.testing.JsonSchemas;
import dev.meridian.platform.testing.KafkaRecorder;
import dev.meridian.platform.testing.KafkaTestResource;
import dev.meridian.platform.testing.TestDatabase;
import dev.meridian.platform.testing.TestEvent;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Data-subject requests reach checkout over Kafka; erasure pseudonymises and keeps the orders as fiscal records. */
@QuarkusTest
class DsrRequestConsumerTest {

    private final ObjectMapper json = new ObjectMapper();

    private static String subjectOf(String cartId) throws Exception {
        try (var c = TestDatabase.connect();
             var s = c.prepareStatement("select customer_id from cart where id = cast(? as uuid)")) {
            s.setString(1, cartId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void request(String requestId, String subjectId, String kind) {
        TestEvent.of(EventTypes.COMPLIANCE_DSR_REQUESTED).subject(requestId).data(Map.of("requestId", requestId,
                "subjectId", subjectId, "kind", kind, "regulation", "GDPR", "receivedAt", Instant.now().toString(),
                "deadline", Instant.now().plus(Duration.ofDays(30)).toString(), "services", List.of("checkout"),
                "ackTopic", "compliance.dsr.acks")).publish("compliance.dsr.requests");
    }

    private JsonNode answer(KafkaRecorder acks, String requestId) throws Exception {
        String value = await().atMost(Duration.ofSeconds(60)).until(() -> acks.poll().stream()
                .filter(r -> requestId.equals(r.key())).map(r -> r.value()).findFirst(), Optional::isPresent)
                .orElseThrow();
        JsonNode event = json.readTree(value);
        assertThat(event.get("type").asText()).isEqualTo("meridian.checkout.dsr.acknowledged.v1");
        JsonSchemas.assertValid(EventTypes.schemaPath(EventTypes.COMPLIANCE_DSR_ACKNOWLEDGED), event.get("data"));
        return event.get("data");
    }

    @Test
    void access_exports_carts_and_orders_and_erasure_pseudonymises_but_keeps_the_fiscal_record() throws Exception {
        Upstreams.reset();
        Map<String, String> order = Orders.placedBy("customer2", "10.00");
        String subject = subjectOf(order.get("id"));
        String fiscal = "select total_minor * 1000 + jsonb_array_length(document->'lines') from customer_order "
                + "where id = cast(? as uuid)";
        long before = TestDatabase.count(fiscal, order.get("orderId"));
        try (KafkaRecorder acks = new KafkaRecorder(KafkaTestResource.broker().bootstrapServers(), "compliance.dsr.acks")) {
            String access = UUID.randomUUID().toString();
            request(access, subject, "ACCESS");
            JsonNode exported = answer(acks, access);
            assertThat(exported.get("outcome").asText()).isEqualTo("DATA");
            assertThat(exported.at("/data/orders").toString()).contains(order.get("orderId"));

            String erasure = UUID.randomUUID().toString();
            request(erasure, subject, "ERASURE");
            assertThat(answer(acks, erasure).get("outcome").asText()).isEqualTo("ERASED");

            assertThat(TestDatabase.count("select count(*) from customer_order where customer_id = ?", subject)).isZero();
            assertThat(TestDatabase.count("select count(*) from cart where customer_id = ? or email = ?", subject,
                    "customer2@example.com")).isZero();
            assertThat(TestDatabase.count("""
                    select count(*) from customer_order where id = cast(? as uuid) and email like 'erased-%'
                    and document->'address'->>'name' = 'erased' and document->'address'->>'country' = 'DE'
                    and document->'address'->>'postalCode' = '10115'""", order.get("orderId")))
                    .as("the order stays as a fiscal record").isEqualTo(1);
            assertThat(TestDatabase.count(fiscal, order.get("orderId"))).as("lines and totals kept").isEqualTo(before);
            Shoppers.as("customer2").when().get("/v1/orders/" + order.get("orderId")).then().statusCode(404);

            String again = UUID.randomUUID().toString();
            request(again, subject, "ACCESS");
            assertThat(answer(acks, again).get("outcome").asText()).isEqualTo("NO_DATA");
        }
    }
}
