package dev.meridian.webhook.support;

import dev.meridian.platform.testing.KafkaTestResource;
import dev.meridian.platform.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of this module gets its own fresh database and a real Kafka broker process. */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
public final class WebhookTestResources {

    private WebhookTestResources() {
    }
}
