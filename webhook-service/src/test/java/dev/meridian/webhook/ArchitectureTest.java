package dev.meridian.webhook;

import dev.meridian.platform.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void the_domain_is_free_of_frameworks_and_of_the_layers_around_it() {
        ServiceArchitecture.verify("dev.meridian.webhook");
    }
}
