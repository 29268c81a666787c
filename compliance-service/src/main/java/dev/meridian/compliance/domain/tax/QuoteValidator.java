package dev.meridian.compliance.domain.tax;

import dev.meridian.compliance.domain.geo.Territories;
import dev.meridian.platform.money.Money;
import java.util.Set;
import java.util.regex.Pattern;

/** Rejects what cannot be quoted before any arithmetic: the engine then only sees well-formed input. */
final class QuoteValidator {

    /** Tax depends on the province or state here; without it any figure would be wrong. */
    private static final Set<String> REGION_REQUIRED = Set.of("US", "CA");
    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9-]{1,40}");

    private QuoteValidator() {
    }

    static void validate(QuoteRequest request, RuleSet rules) {
        if (request.currency() == null) {
            throw InvalidQuoteException.invalid("currency", "is required");
        }
        country("shipFrom.country", request.shipFrom() == null ? null : request.shipFrom().country());
        country("shipTo.country", request.shipTo() == null ? null : request.shipTo().country());
        if (request.lines().isEmpty()) {
            throw InvalidQuoteException.invalid("lines", "at least one line is required");
        }
        boolean crossesBorder = !Territories.customsTerritory(request.shipFrom().country())
                .equals(Territories.customsTerritory(request.shipTo().country()));
        for (int i = 0; i < request.lines().size(); i++) {
            line("lines[" + i + "].", request.lines().get(i), request, crossesBorder);
        }
        if (request.shipping() != null) {
            amount("shipping", request.shipping(), request);
        }
        if (request.incoterm() == null) {
            throw InvalidQuoteException.invalid("incoterm", "is required (DDP or DAP)");
        }
        String to = request.shipTo().country();
        if (REGION_REQUIRED.contains(to) && (request.shipTo().region() == null || request.shipTo().region().isBlank())) {
            throw InvalidQuoteException.invalid("shipTo.region", "is required for " + to + " (tax depends on it)");
        }
        if (!rules.hasTaxRulesFor(to)) {
            throw InvalidQuoteException.unprocessable("shipTo.country", "no tax rules for " + to);
        }
    }

    private static void line(String at, QuoteRequest.QuoteLineRequest line, QuoteRequest request, boolean crossesBorder) {
        if (line.quantity() < 1) {
            throw InvalidQuoteException.invalid(at + "quantity", "must be at least 1");
        }
        if (line.unitPrice() == null) {
            throw InvalidQuoteException.invalid(at + "unitPrice", "is required");
        }
        amount(at + "unitPrice", line.unitPrice(), request);
        if (line.taxCategory() == null || !CATEGORY.matcher(line.taxCategory()).matches()) {
            throw InvalidQuoteException.invalid(at + "taxCategory", "is required, e.g. standard or reduced");
        }
        if (line.hsCode() != null && !HsCode.isValid(line.hsCode())) {
            throw InvalidQuoteException.invalid(at + "hsCode", "'" + line.hsCode() + "' is not an HS code (6, 8 or 10 digits)");
        }
        if (line.hsCode() == null && crossesBorder) {
            throw InvalidQuoteException.invalid(at + "hsCode", "is required when goods cross a customs border");
        }
        if (line.origin() != null) {
            country(at + "origin", line.origin());
        }
    }

    private static void amount(String field, Money amount, QuoteRequest request) {
        if (!amount.currency().equals(request.currency())) {
            throw InvalidQuoteException.invalid(field + ".currency", "is " + amount.currencyCode()
                    + " but the quote is in " + request.currency().getCurrencyCode());
        }
        if (amount.isNegative()) {
            throw InvalidQuoteException.invalid(field + ".amount", "must not be negative");
        }
    }

    private static void country(String field, String code) {
        if (!Territories.isCountry(code)) {
            throw InvalidQuoteException.invalid(field, "'" + code + "' is not an ISO 3166-1 alpha-2 country code");
        }
    }
}
