package dev.meridian.platform.it;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

/** Records probe events through the outbox, as a service's state change would. */
final class Probes {

    static final String TOPIC = "probe.events";

    private Probes() {
    }

    /** Records {@code count} events for {@code key} in one transaction; returns their ids in order. */
    static List<String> record(String topic, String key, int count) {
        return given().contentType("application/json").body(Map.of("topic", topic, "key", key, "count", count))
                .post("/v1/probe/events").then().statusCode(200).extract().jsonPath().getList("$", String.class);
    }
}
