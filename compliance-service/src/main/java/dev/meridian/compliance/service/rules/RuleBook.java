package dev.meridian.compliance.service.rules;

import dev.meridian.compliance.domain.tax.QuoteEngine;
import dev.meridian.compliance.domain.tax.RuleSet;
import dev.meridian.compliance.persistence.RuleRepository;
import dev.meridian.compliance.persistence.RuleRepository.LoadedRules;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * The quote engine over the current rules, held in memory so a quote never touches the database. It is current
 * when its version equals the rule-set version in the database: a rule change on this instance refreshes it right
 * after commit, and every instance checks the version on {@code meridian.compliance.rules.refresh-interval}, so a
 * change made on one instance reaches all of them. A stored row the domain refuses is skipped (error log and the
 * gauge {@code meridian.compliance.rules.unreadable}): one bad row never stops the service or a reload.
 */
@ApplicationScoped
public class RuleBook {

    private static final Logger LOG = Logger.getLogger(RuleBook.class);

    private record Loaded(long version, QuoteEngine engine, int unreadable) {
    }

    private final RuleRepository repository;
    private volatile Loaded current = new Loaded(Long.MIN_VALUE, QuoteEngine.of(RuleSet.empty()), 0);

    @Inject
    public RuleBook(RuleRepository repository, MeterRegistry registry) {
        this.repository = repository;
        Gauge.builder("meridian.compliance.rules.unreadable", this, book -> book.current.unreadable())
                .description("Stored rule rows left out of the rules in force because they cannot be read")
                .register(registry);
    }

    /**
     * Loads the rules before the service takes requests. An observer, not {@code @PostConstruct}: the scheduler may
     * create this bean on the event loop first, where creation must never block.
     */
    void loadAtStartup(@Observes StartupEvent start) {
        refreshIfChanged().await().atMost(Duration.ofSeconds(30));
    }

    public QuoteEngine engine() {
        return current.engine();
    }

    public RuleSet rules() {
        return current.engine().rules();
    }

    /** The rule-set version the rules in memory were loaded at. */
    public long version() {
        return current.version();
    }

    /** Reloads when the database holds a newer rule set than memory; true when it did. */
    public Uni<Boolean> refreshIfChanged() {
        return repository.version().chain(stored -> stored == current.version()
                ? Uni.createFrom().item(false)
                : repository.load().map(this::swap));
    }

    @Scheduled(every = "${meridian.compliance.rules.refresh-interval:5s}", delayed = "${meridian.compliance.rules.refresh-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> poll() {
        return refreshIfChanged()
                .onFailure().invoke(e -> LOG.warnf("rules not refreshed, keeping version %d: %s", current.version(), e))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private synchronized boolean swap(LoadedRules loaded) {
        if (loaded.version() <= current.version() && current.version() != Long.MIN_VALUE) {
            return false; // a concurrent refresh got there first
        }
        loaded.unreadable().forEach(row -> LOG.errorf("rule row in %s skipped, it cannot be read (%s): %s",
                row.table(), row.reason(), row.row()));
        current = new Loaded(loaded.version(), QuoteEngine.of(loaded.rules()), loaded.unreadable().size());
        return true;
    }
}
