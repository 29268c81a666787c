package dev.meridian.checkout.client.compliance;

import dev.meridian.checkout.client.UpstreamUnavailable;
import dev.meridian.checkout.domain.checkout.Incoterm;
import dev.meridian.checkout.domain.checkout.LandedCost;
import dev.meridian.checkout.domain.checkout.LandedCostRequest;
import dev.meridian.platform.failure.StateConflict;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Checkout's port to compliance: the landed-cost quote (tax and duty, DDP or DAP). Never called inside a database
 * transaction; a compliance that does not answer is an {@link UpstreamUnavailable} (503 with Retry-After).
 */
@ApplicationScoped
public class ComplianceClient {

    static final String NAME = "compliance";
    private static final int RETRY_AFTER_SECONDS = 5;

    private final ComplianceCalls calls;

    public ComplianceClient(ComplianceCalls calls) {
        this.calls = calls;
    }

    public Uni<LandedCost> quote(LandedCostRequest r) {
        var request = new ComplianceWire.QuoteRequest(r.market(), new ComplianceWire.Place(r.shipFromCountry(), null),
                new ComplianceWire.Place(r.shipToCountry(), r.shipToRegion()), r.currency().getCurrencyCode(),
                r.lines().stream().map(l -> new ComplianceWire.Line(l.sku(), l.quantity(), l.unitPrice(),
                        r.taxInclusive(), l.taxCategory(), l.hsCode(), l.origin())).toList(),
                r.shipping(), r.taxInclusive(), r.incoterm().name());
        return calls.quote(request).map(ComplianceClient::landedCost)
                .onFailure(ComplianceCalls.Answer.class).transform(e -> new StateConflict(
                        "compliance cannot quote tax and duty for this cart: " + e.getMessage(),
                        Map.of("dependency", NAME)))
                .onFailure(e -> !(e instanceof StateConflict)).transform(e -> e instanceof UpstreamUnavailable ? e
                        : new UpstreamUnavailable(NAME, RETRY_AFTER_SECONDS, e));
    }

    private static LandedCost landedCost(ComplianceWire.QuoteResponse q) {
        return new LandedCost(q.regime(), Incoterm.valueOf(q.incoterm()),
                q.lines().stream().map(ComplianceClient::line).toList(),
                q.shipping() == null ? null : line(q.shipping()),
                new LandedCost.Totals(q.totals().net(), q.totals().tax(), q.totals().duty(), q.totals().total(),
                        q.totals().collectedAtCheckout(), q.totals().payableOnDelivery()), q.explanation());
    }

    private static LandedCost.Line line(ComplianceWire.QuotedLine l) {
        return new LandedCost.Line(l.sku(), l.quantity(), l.net(), l.tax(), l.duty(), l.total(),
                l.taxCollectedAtCheckout(), l.dutyCollectedAtCheckout());
    }
}
