package dev.meridian.checkout.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fulfillment as checkout sees it, answering in the shapes of its real API (ShippingQuoteResource, ReservationResource):
 * shipping options per market, and reservations idempotent by order id (the same body replays 201, other lines 422),
 * all lines or none against a stock per SKU (unlimited unless set), 409 with {@code insufficientSkus}.
 */
public final class FakeFulfillment implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "fake-fulfillment";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, ObjectNode> reservationsByOrder = new HashMap<>();
    private final Map<String, String> bodiesByOrder = new HashMap<>();
    private final Map<String, Integer> stock = new HashMap<>();
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger released = new AtomicInteger();
    private volatile List<String> incoterms = List.of("DAP", "DDP");

    public synchronized void reset() {
        reservationsByOrder.clear();
        bodiesByOrder.clear();
        stock.clear();
        created.set(0);
        released.set(0);
        incoterms = List.of("DAP", "DDP");
    }

    /** Only {@code units} of the SKU can be reserved (across all orders). */
    public synchronized void stock(String sku, int units) {
        stock.put(sku, units);
    }

    /** The economy service offers only these incoterms (e.g. DAP only). */
    public void economyIncoterms(String... incoterms) {
        this.incoterms = List.of(incoterms);
    }

    /** Reservations created (not replays). */
    public int reservationsCreated() {
        return created.get();
    }

    public int reservationsReleased() {
        return released.get();
    }

    public synchronized String statusOf(String orderId) {
        ObjectNode r = reservationsByOrder.get(orderId);
        return r == null ? null : r.get("status").asText();
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
        String path = event.getRequest().getUrl();
        try {
            JsonNode body = event.getRequest().getBodyAsString().isEmpty() ? null
                    : JSON.readTree(event.getRequest().getBodyAsString());
            if (path.startsWith("/v1/shipping-quotes")) {
                return json(200, quote(body));
            }
            if (path.endsWith("/release")) {
                return release(path.split("/")[3]);
            }
            if (path.startsWith("/v1/reservations")) {
                return reserve(body);
            }
            return json(404, problem("not-found", "no such path"));
        } catch (Exception e) {
            return json(500, problem("internal-error", e.toString()));
        }
    }

    private ObjectNode quote(JsonNode request) {
        String currency = request.at("/orderValue/currency").asText();
        BigDecimal value = new BigDecimal(request.at("/orderValue/amount").asText());
        ObjectNode quote = JSON.createObjectNode();
        quote.put("market", request.get("market").asText()).put("currency", currency).put("weightGrams", 400);
        ArrayNode options = quote.putArray("options");
        boolean free = switch (currency) {
            case "EUR" -> value.compareTo(new BigDecimal("60.00")) >= 0;
            case "JPY" -> value.compareTo(new BigDecimal("10000")) >= 0;
            default -> false;
        };
        String economy = switch (currency) {
            case "USD" -> "9.90";
            case "GBP" -> "5.50";
            case "JPY" -> "1000";
            default -> "4.90";
        };
        options.add(option("economy-mail", "simpost", "Economy direct mail", "ECONOMY",
                free ? zero(currency) : economy, currency, free, incoterms));
        options.add(option("express", "simexpress", "Express", "EXPRESS",
                "JPY".equals(currency) ? "3000" : "19.00", currency, false, List.of("DDP")));
        return quote;
    }

    private static String zero(String currency) {
        return "JPY".equals(currency) ? "0" : "0.00";
    }

    private static ObjectNode option(String service, String carrier, String name, String kind, String price,
                                     String currency, boolean free, List<String> incoterms) {
        ObjectNode o = JSON.createObjectNode();
        o.put("service", service).put("carrier", carrier).put("name", name).put("kind", kind);
        o.putObject("price").put("currency", currency).put("amount", price);
        o.put("freeShipping", free);
        o.putObject("estimate").put("minDays", 4).put("maxDays", 8)
                .put("earliest", LocalDate.now().plusDays(4).toString())
                .put("latest", LocalDate.now().plusDays(8).toString());
        ArrayNode terms = o.putArray("incoterms");
        incoterms.forEach(terms::add);
        o.put("shipsFrom", "ORIGIN-PT");
        return o;
    }

    private synchronized ResponseDefinition reserve(JsonNode request) {
        String orderId = request.get("orderId").asText();
        String canonical = request.toString();
        if (reservationsByOrder.containsKey(orderId)) {
            if (!canonical.equals(bodiesByOrder.get(orderId))) {
                return json(422, problem("idempotency-key-reused", "order " + orderId + " already has a reservation"));
            }
            return json(201, reservationsByOrder.get(orderId));
        }
        Map<String, Integer> wanted = new LinkedHashMap<>();
        request.get("lines").forEach(l -> wanted.merge(l.get("sku").asText(), l.get("quantity").asInt(), Integer::sum));
        List<String> short_ = wanted.entrySet().stream()
                .filter(e -> stock.containsKey(e.getKey()) && stock.get(e.getKey()) < e.getValue())
                .map(Map.Entry::getKey).toList();
        if (!short_.isEmpty()) {
            ObjectNode problem = problem("conflict", "not enough stock available for " + short_ + "; nothing was reserved");
            ArrayNode skus = problem.putArray("insufficientSkus");
            short_.forEach(skus::add);
            return json(409, problem);
        }
        wanted.forEach((sku, q) -> stock.computeIfPresent(sku, (k, left) -> left - q));
        Instant now = Instant.now();
        ObjectNode r = JSON.createObjectNode();
        r.put("id", UUID.randomUUID().toString()).put("orderId", orderId).put("market", request.get("market").asText())
                .put("status", "HELD");
        ArrayNode lines = r.putArray("lines");
        wanted.forEach((sku, q) -> lines.addObject().put("sku", sku).put("location", "ORIGIN-PT").put("quantity", q));
        r.putObject("routing").put("reason", "ORIGIN").put("explanation", "shipped from the origin");
        r.put("createdAt", now.toString()).put("expiresAt", now.plusSeconds(request.get("ttlSeconds").asLong()).toString());
        reservationsByOrder.put(orderId, r);
        bodiesByOrder.put(orderId, canonical);
        created.incrementAndGet();
        return json(201, r);
    }

    private synchronized ResponseDefinition release(String reservationId) {
        for (ObjectNode r : reservationsByOrder.values()) {
            if (r.get("id").asText().equals(reservationId)) {
                if ("HELD".equals(r.get("status").asText())) {
                    r.put("status", "RELEASED");
                    released.incrementAndGet();
                    r.get("lines").forEach(l -> stock.computeIfPresent(l.get("sku").asText(),
                            (k, left) -> left + l.get("quantity").asInt()));
                }
                return json(200, r);
            }
        }
        return json(404, problem("not-found", "reservation '" + reservationId + "' was not found"));
    }

    static ObjectNode problem(String type, String detail) {
        ObjectNode p = JSON.createObjectNode();
        p.put("type", "https://meridian.dev/problems/" + type).put("title", type).put("detail", detail);
        return p;
    }

    static ResponseDefinition json(int status, JsonNode body) {
        return com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json")
                .withBody(body.toString()).build();
    }
}
