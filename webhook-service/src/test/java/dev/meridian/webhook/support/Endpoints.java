package dev.meridian.webhook.support;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds and registers endpoints through the API, and removes the ones a test made ({@link #deleteAll()} in
 * {@code @AfterEach}), so no endpoint of one test receives the events of another.
 */
public final class Endpoints {

    private static final List<String> CREATED = new ArrayList<>();

    private Endpoints() {
    }

    /** A registered endpoint: its id and the secret shown at creation. */
    public record Registered(String id, String secret) {
    }

    public static Builder to(String url) {
        return new Builder(url);
    }

    public static final class Builder {
        private final Map<String, Object> body = new LinkedHashMap<>();

        private Builder(String url) {
            body.put("url", url);
            // Fulfillment's events: what the tests publish (operational events of other tests' endpoints stay out).
            body.put("eventTypes", List.of("meridian.fulfillment.*"));
        }

        public Builder types(String... types) {
            body.put("eventTypes", List.of(types));
            return this;
        }

        public Builder market(String market) {
            body.put("market", market);
            return this;
        }

        public Builder ordering(String ordering) {
            body.put("ordering", ordering);
            return this;
        }

        public Builder throttle(int perSecond) {
            body.put("throttlePerSecond", perSecond);
            return this;
        }

        public Builder description(String description) {
            body.put("description", description);
            return this;
        }

        public Map<String, Object> body() {
            return Map.copyOf(body);
        }

        public Registered register() {
            Response created = Integrators.erp().header(Integrators.KEY, UUID.randomUUID().toString())
                    .body(body).when().post("/v1/webhook-endpoints");
            created.then().statusCode(201);
            String id = created.path("endpoint.id");
            synchronized (CREATED) {
                CREATED.add(id);
            }
            return new Registered(id, created.path("secret"));
        }
    }

    public static void deleteAll() {
        synchronized (CREATED) {
            for (String id : CREATED) {
                Integrators.erp().when().delete("/v1/webhook-endpoints/" + id);
            }
            CREATED.clear();
        }
    }
}
