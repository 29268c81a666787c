package dev.meridian.checkout.support;

import dev.meridian.platform.testing.KafkaTestResource;
import dev.meridian.platform.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every @QuarkusTest of this module gets its own fresh database, a real Kafka broker process, and fulfillment and
 * compliance stubbed in the shapes of their APIs.
 */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(Upstreams.class)
public final class CheckoutTestResources {

    private CheckoutTestResources() {
    }
}
