package dev.meridian.compliance.api;

import dev.meridian.compliance.domain.tax.QuoteEngine;
import dev.meridian.compliance.domain.tax.RuleSet;
import dev.meridian.compliance.persistence.RuleSetLoader;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The quote engine over the current rules, held in memory so a quote never touches the database. An admin
 * change reloads the whole rule set after its transaction commits and swaps the engine atomically.
 */
@Startup
@ApplicationScoped
public class Rules {

    private final RuleSetLoader loader;
    private volatile QuoteEngine engine = QuoteEngine.of(RuleSet.empty());

    public Rules(RuleSetLoader loader) {
        this.loader = loader;
    }

    @PostConstruct
    void loadAtStartup() {
        engine = QuoteEngine.of(loader.load().await().atMost(Duration.ofSeconds(30)));
    }

    public QuoteEngine engine() {
        return engine;
    }

    public Uni<Void> reload() {
        return loader.load().invoke(rules -> engine = QuoteEngine.of(rules)).replaceWithVoid();
    }
}
