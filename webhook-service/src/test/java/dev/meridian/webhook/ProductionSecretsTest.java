package dev.meridian.webhook;

import dev.meridian.platform.testing.ProductionSecrets;
import org.junit.jupiter.api.Test;

/** No secret of this service has a value outside %dev/%test: in prod a missing one stops start-up. */
class ProductionSecretsTest {

    @Test
    void no_secret_has_a_default_outside_dev_and_test() {
        ProductionSecrets.assertNoDefaults();
    }
}
