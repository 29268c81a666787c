package dev.meridian.platform.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProductionSecretsTest {

    private static Path file(String name) {
        return Path.of("src/test/resources/secrets", name);
    }

    @Test
    void secrets_only_under_dev_and_test_pass() {
        assertThatCode(() -> ProductionSecrets.assertNoDefaults(file("good.properties"))).doesNotThrowAnyException();
    }

    @Test
    void a_secret_with_a_default_for_every_profile_fails() {
        assertThatThrownBy(() -> ProductionSecrets.assertNoDefaults(file("defaulted.properties")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("quarkus.datasource.password");
    }

    @Test
    void a_literal_secret_fails() {
        assertThatThrownBy(() -> ProductionSecrets.assertNoDefaults(file("literal.properties")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("webhook-secret");
    }
}
