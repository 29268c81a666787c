package dev.meridian.checkout.persistence;

import dev.meridian.checkout.domain.checkout.CheckoutQuote;
import dev.meridian.checkout.domain.checkout.Incoterm;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/** Quote ↔ {@link Documents.Quote}: every amount as minor units of the quote's currency. */
final class CheckoutQuoteMapper {

    private CheckoutQuoteMapper() {
    }

    static Documents.Quote document(CheckoutQuote q) {
        var s = q.shipping();
        var t = q.totals();
        return new Documents.Quote(q.id().toString(), q.cartId().toString(), q.cartVersion(), q.market(),
                q.currency().getCurrencyCode(), q.locale(), q.taxInclusive(), q.customer(), q.email(),
                CartMapper.document(q.address()),
                new Documents.QuoteShipping(s.service(), s.carrier(), s.name(), s.price().minorUnits(),
                        s.discount().minorUnits(), s.minDays(), s.maxDays(), s.shipsFrom()),
                q.incoterm().name(), q.shipFromCountry(),
                q.lines().stream().map(l -> new Documents.QuoteLine(l.sku(), l.title(), l.quantity(),
                        l.unitPrice().minorUnits(), l.lineTotal().minorUnits(), l.discount().minorUnits(),
                        l.total().minorUnits(), l.net().minorUnits(), l.tax().minorUnits(), l.duty().minorUnits(),
                        l.taxCategory(), l.hsCode(), l.origin(), l.weightGrams())).toList(),
                q.promotions().stream().map(p -> new Documents.QuoteDiscount(p.promotionId().toString(),
                        p.promotionVersion(), p.name(), p.code(), p.lineDiscount().minorUnits(),
                        p.shippingDiscount().minorUnits(), p.allocations().stream()
                        .map(a -> new Documents.QuoteAllocation(a.sku(), a.amount().minorUnits())).toList())).toList(),
                new Documents.QuoteTotals(t.goods().minorUnits(), t.discount().minorUnits(), t.shipping().minorUnits(),
                        t.tax().minorUnits(), t.duty().minorUnits(), t.total().minorUnits(),
                        t.payableOnDelivery().minorUnits()),
                q.regime(), q.createdAt().toString(), q.expiresAt().toString());
    }

    static CheckoutQuote toDomain(Documents.Quote d) {
        Currency c = Money.currencyOf(d.currency());
        var s = d.shipping();
        var t = d.totals();
        return new CheckoutQuote(UUID.fromString(d.id()), UUID.fromString(d.cartId()), d.cartVersion(), d.market(), c,
                d.locale(), d.taxInclusive(), d.customer(), d.email(), CartMapper.address(d.address()),
                new CheckoutQuote.Shipping(s.service(), s.carrier(), s.name(), m(c, s.price()), m(c, s.discount()),
                        s.minDays(), s.maxDays(), s.shipsFrom()),
                Incoterm.valueOf(d.incoterm()), d.shipFromCountry(),
                d.lines().stream().map(l -> new CheckoutQuote.Line(l.sku(), l.title(), l.quantity(), m(c, l.unitPrice()),
                        m(c, l.lineTotal()), m(c, l.discount()), m(c, l.total()), m(c, l.net()), m(c, l.tax()),
                        m(c, l.duty()), l.taxCategory(), l.hsCode(), l.origin(), l.weightGrams())).toList(),
                (d.promotions() == null ? java.util.List.<Documents.QuoteDiscount>of() : d.promotions()).stream()
                        .map(p -> new CheckoutQuote.AppliedDiscount(UUID.fromString(p.promotionId()),
                                p.promotionVersion(), p.name(), p.code(), m(c, p.lineDiscount()),
                                m(c, p.shippingDiscount()), p.allocations().stream()
                                .map(a -> new CheckoutQuote.Allocation(a.sku(), m(c, a.amount()))).toList()))
                        .toList(),
                new CheckoutQuote.Totals(m(c, t.goods()), m(c, t.discount()), m(c, t.shipping()), m(c, t.tax()),
                        m(c, t.duty()), m(c, t.total()), m(c, t.payableOnDelivery())),
                d.regime(), Instant.parse(d.createdAt()), Instant.parse(d.expiresAt()));
    }

    private static Money m(Currency currency, long minor) {
        return Money.ofMinor(currency, minor);
    }
}
