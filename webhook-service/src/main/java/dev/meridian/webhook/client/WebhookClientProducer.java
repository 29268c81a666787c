package dev.meridian.webhook.client;

import dev.meridian.webhook.config.WebhookConfig;
import dev.meridian.webhook.domain.destination.Cidr;
import dev.meridian.webhook.domain.destination.DestinationPolicy;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** The one outbound HTTP client, guarded by the configured destination policy. */
@ApplicationScoped
public class WebhookClientProducer {

    private WebhookHttpClient client;

    @Produces
    @Singleton
    WebhookHttpClient client(Vertx vertx, WebhookConfig config) {
        List<Cidr> allowed = config.destinations().allowCidrs().orElse(List.of()).stream()
                .filter(c -> !c.isBlank()).map(Cidr::parse).toList();
        DestinationGuard guard = new DestinationGuard(new DestinationPolicy(allowed), HostResolver.SYSTEM,
                config.destinations().httpsOnly());
        client = new WebhookHttpClient(vertx, guard, config.delivery().connectTimeout(),
                config.delivery().totalTimeout(), config.delivery().responseExcerptBytes());
        return client;
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
