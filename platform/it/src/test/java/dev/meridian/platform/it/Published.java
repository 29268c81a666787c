package dev.meridian.platform.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Probe events as they arrived on the topic: per key, in partition order, with their ids and sequence numbers. */
final class Published {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Arrival(String id, String key, int n) {
    }

    private Published() {
    }

    static List<Arrival> arrivals(List<ConsumerRecord<String, String>> records) {
        return records.stream()
                .sorted(Comparator.comparingInt(ConsumerRecord<String, String>::partition).thenComparingLong(ConsumerRecord::offset))
                .map(Published::arrival).toList();
    }

    /** Per key, the sequence numbers in the order they arrived (a redelivered event repeats its number). */
    static Map<String, List<Integer>> sequencesByKey(List<Arrival> arrivals) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        arrivals.forEach(a -> byKey.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(a.n()));
        return byKey;
    }

    private static Arrival arrival(ConsumerRecord<String, String> record) {
        try {
            JsonNode event = JSON.readTree(record.value());
            return new Arrival(event.get("id").asText(), record.key(), event.get("data").get("n").asInt());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
