package dev.meridian.compliance.service.quote;

import dev.meridian.compliance.domain.tax.Quote;
import dev.meridian.compliance.domain.tax.QuoteRequest;
import dev.meridian.compliance.service.rules.RuleBook;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Tax and duty quotes from the rules in memory: no database, no transaction, nothing stored. A quote is a pure
 * function of its request and the rules in force on its tax date, so repeating it is always safe.
 */
@ApplicationScoped
public class QuoteService {

    private final RuleBook rules;
    private final Clock clock;

    public QuoteService(RuleBook rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** The tax date of a quote asked for now: the rules in force today apply. */
    public LocalDate taxDate() {
        return LocalDate.now(clock);
    }

    /** @throws dev.meridian.compliance.domain.tax.InvalidQuoteException when the request cannot be quoted (400) */
    public Quote quote(QuoteRequest request) {
        return rules.engine().quote(request);
    }
}
