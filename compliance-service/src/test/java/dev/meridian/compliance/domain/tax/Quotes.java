package dev.meridian.compliance.domain.tax;

import dev.meridian.platform.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builder for quote requests in tests: sensible defaults, only what a case is about is spelled out. */
public final class Quotes {

    private String from = "DE";
    private String to = "DE";
    private String region;
    private String currency = "EUR";
    private final List<QuoteRequest.QuoteLineRequest> lines = new ArrayList<>();
    private Money shipping;
    private boolean shippingInclusive;
    private Incoterm incoterm = Incoterm.DAP;
    private LocalDate date = LocalDate.parse("2025-06-01");

    public static Quotes quote() {
        return new Quotes();
    }

    public Quotes from(String country) {
        this.from = country;
        return this;
    }

    public Quotes to(String country) {
        this.to = country;
        return this;
    }

    public Quotes to(String country, String region) {
        this.to = country;
        this.region = region;
        return this;
    }

    public Quotes in(String currency) {
        this.currency = currency;
        return this;
    }

    public Quotes on(String date) {
        this.date = LocalDate.parse(date);
        return this;
    }

    public Quotes ddp() {
        this.incoterm = Incoterm.DDP;
        return this;
    }

    /** A tax-exclusive line of quantity 1 in the standard category. */
    public Quotes net(String amount) {
        return line(1, amount, false, "standard", "610910", null);
    }

    public Quotes net(String amount, String category) {
        return line(1, amount, false, category, "610910", null);
    }

    public Quotes gross(String amount) {
        return line(1, amount, true, "standard", "610910", null);
    }

    public Quotes gross(String amount, String category) {
        return line(1, amount, true, category, "610910", null);
    }

    public Quotes hs(String amount, String hsCode) {
        return line(1, amount, false, "standard", hsCode, null);
    }

    public Quotes origin(String amount, String origin) {
        return line(1, amount, false, "standard", "610910", origin);
    }

    public Quotes line(long quantity, String unitPrice, boolean inclusive, String category, String hsCode, String origin) {
        lines.add(new QuoteRequest.QuoteLineRequest("SKU-" + (lines.size() + 1), quantity, Money.of(currency, unitPrice),
                inclusive, category, hsCode, origin));
        return this;
    }

    public Quotes shipping(String amount, boolean inclusive) {
        this.shipping = Money.of(currency, amount);
        this.shippingInclusive = inclusive;
        return this;
    }

    public QuoteRequest build() {
        return new QuoteRequest("test", new Address(from, null), new Address(to, region), Money.currencyOf(currency),
                lines, shipping, shippingInclusive, incoterm, date);
    }

    @Override
    public String toString() {
        return from + "→" + to + (region == null ? "" : "-" + region) + " " + currency + " " + incoterm + " " + date;
    }
}
