package dev.meridian.checkout.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Compliance's quote as checkout sees it, in the shape of its real QuoteResponse: VAT at one rate (tax extracted from
 * tax-inclusive prices, added to exclusive ones), rounded half up per line, and duty at one rate on the net value,
 * collected at checkout under DDP and payable on delivery under DAP. Enough to check that checkout passes compliance's
 * figures through to the minor unit; compliance's own engine has its own tests.
 */
public final class FakeCompliance implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "fake-compliance";
    private static final ObjectMapper JSON = new ObjectMapper();

    private volatile BigDecimal vatPercent = new BigDecimal("19");
    private volatile BigDecimal dutyPercent = BigDecimal.ZERO;

    public void reset() {
        vatPercent = new BigDecimal("19");
        dutyPercent = BigDecimal.ZERO;
    }

    public void rates(String vat, String duty) {
        vatPercent = new BigDecimal(vat);
        dutyPercent = new BigDecimal(duty);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        try {
            return FakeFulfillment.json(200, quote(JSON.readTree(event.getRequest().getBodyAsString())));
        } catch (Exception e) {
            return FakeFulfillment.json(500, FakeFulfillment.problem("internal-error", e.toString()));
        }
    }

    private ObjectNode quote(JsonNode request) {
        String currency = request.get("currency").asText();
        int exponent = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        boolean ddp = "DDP".equals(request.get("incoterm").asText());
        ObjectNode quote = JSON.createObjectNode();
        quote.put("market", request.get("market").asText()).put("regime", "EU_VAT")
                .put("incoterm", request.get("incoterm").asText()).put("rounding", "PER_LINE")
                .put("taxDate", "2026-12-01");
        ArrayNode lines = quote.putArray("lines");
        long[] totals = new long[4]; // net, tax, duty, total
        long[] door = {0};
        for (JsonNode line : request.get("lines")) {
            long amount = minor(line.at("/unitPrice/amount").asText(), exponent) * line.get("quantity").asLong();
            lines.add(line(line.get("sku").asText(), line.get("quantity").asLong(), amount,
                    line.path("taxInclusive").asBoolean(false), currency, exponent, ddp, totals, door, true));
        }
        if (request.hasNonNull("shipping")) {
            long shipping = minor(request.at("/shipping/amount").asText(), exponent);
            quote.set("shipping", line("shipping", 1, shipping, request.path("shippingTaxInclusive").asBoolean(false),
                    currency, exponent, ddp, totals, door, false));
        }
        ObjectNode t = quote.putObject("totals");
        money(t, "net", totals[0], currency, exponent);
        money(t, "tax", totals[1], currency, exponent);
        money(t, "duty", totals[2], currency, exponent);
        money(t, "total", totals[3], currency, exponent);
        money(t, "collectedAtCheckout", totals[3] - door[0], currency, exponent);
        money(t, "payableOnDelivery", door[0], currency, exponent);
        quote.putArray("thresholds");
        quote.putArray("rules").addObject().put("id", "vat-standard").put("version", 1);
        quote.put("explanation", "VAT " + vatPercent + "%, duty " + dutyPercent + "%");
        return quote;
    }

    private ObjectNode line(String sku, long quantity, long amount, boolean inclusive, String currency, int exponent,
                            boolean ddp, long[] totals, long[] door, boolean dutiable) {
        long tax;
        long net;
        if (inclusive) {
            tax = BigDecimal.valueOf(amount).multiply(vatPercent)
                    .divide(vatPercent.add(BigDecimal.valueOf(100)), 0, RoundingMode.HALF_UP).longValueExact();
            net = amount - tax;
        } else {
            net = amount;
            tax = BigDecimal.valueOf(net).multiply(vatPercent).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                    .longValueExact();
        }
        long duty = dutiable ? BigDecimal.valueOf(net).multiply(dutyPercent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact() : 0;
        long total = net + tax + duty;
        totals[0] += net;
        totals[1] += tax;
        totals[2] += duty;
        totals[3] += total;
        if (!ddp) {
            door[0] += duty;
        }
        ObjectNode l = JSON.createObjectNode();
        l.put("sku", sku).put("quantity", quantity);
        money(l, "net", net, currency, exponent);
        l.putArray("taxes");
        money(l, "tax", tax, currency, exponent);
        l.put("dutyRatePercent", dutyPercent.toPlainString());
        money(l, "duty", duty, currency, exponent);
        money(l, "total", total, currency, exponent);
        l.put("taxCollectedAtCheckout", true).put("dutyCollectedAtCheckout", ddp);
        l.putArray("rules");
        l.put("explanation", "test rates");
        return l;
    }

    private static long minor(String amount, int exponent) {
        return new BigDecimal(amount).movePointRight(exponent).longValueExact();
    }

    private static void money(ObjectNode parent, String field, long minor, String currency, int exponent) {
        parent.putObject(field).put("currency", currency)
                .put("amount", BigDecimal.valueOf(minor, exponent).toPlainString());
    }
}
