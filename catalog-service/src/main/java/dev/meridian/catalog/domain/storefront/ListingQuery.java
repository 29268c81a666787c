package dev.meridian.catalog.domain.storefront;

import dev.meridian.catalog.domain.localization.LocaleChain;
import dev.meridian.catalog.domain.market.Market;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.money.Money;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A validated storefront list or search request. Pages are bounded (at most 100 items); the cursor names the sort
 * order, the sort key and the id of the last item seen, so a page follows the previous one without gaps or repeats.
 */
public record ListingQuery(Market market, LocaleChain chain, String q, UUID category, Long minPrice, Long maxPrice,
                           List<String> options, String availability, Sort sort, int limit, Cursor cursor) {

    public static final int DEFAULT_LIMIT = 24;
    public static final int MAX_LIMIT = 100;
    public static final List<String> AVAILABILITIES = List.of("in-stock", "low", "out", "available");

    public enum Sort { RELEVANCE, PRICE_ASC, PRICE_DESC, NEWEST }

    /** Where the previous page ended: its last item's sort key and id. */
    public record Cursor(String key, UUID id) {
    }

    /** The raw parameters of a list request as the shopper sent them. */
    public record Params(String locale, String q, UUID category, String minPrice, String maxPrice, List<String> options,
                         String availability, String sort, Integer limit, String cursor) {

        public Params {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    public static ListingQuery parse(Market market, Params p) {
        LocaleChain chain = LocaleChain.of(p.locale(), market);
        int size = p.limit() == null ? DEFAULT_LIMIT : p.limit();
        RuleViolation.require(size >= 1 && size <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT);
        String text = p.q() == null || p.q().isBlank() ? null : p.q().strip();
        RuleViolation.require(text == null || text.length() <= 200, "q", "must be at most 200 characters");
        Sort order;
        try {
            order = p.sort() == null ? (text == null ? Sort.NEWEST : Sort.RELEVANCE)
                    : Sort.valueOf(p.sort().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("sort", "one of relevance, price-asc, price-desc, newest");
        }
        if (order == Sort.RELEVANCE && text == null) {
            order = Sort.NEWEST;
        }
        RuleViolation.require(p.availability() == null || AVAILABILITIES.contains(p.availability()), "availability",
                "one of in-stock, low, out, available");
        for (String o : p.options()) {
            RuleViolation.require(o.matches("[a-z][a-z0-9_-]{0,31}:.{1,64}"), "option", "use axis:value, e.g. color:red");
        }
        return new ListingQuery(market, chain, text, p.category(), minor(market, p.minPrice(), "minPrice"),
                minor(market, p.maxPrice(), "maxPrice"), p.options(), p.availability(), order, size,
                decode(p.cursor(), order));
    }

    /** The cursor of the page after an item with this sort key and id. */
    public static String cursor(Sort sort, String key, UUID id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((sort.name() + "|" + key + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static Cursor decode(String cursor, Sort order) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] position = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            if (position.length != 3 || !position[0].equals(order.name())) {
                throw new IllegalArgumentException();
            }
            switch (order) {
                case RELEVANCE -> Float.parseFloat(position[1]);
                case PRICE_ASC, PRICE_DESC -> Long.parseLong(position[1]);
                case NEWEST -> OffsetDateTime.parse(position[1]);
            }
            return new Cursor(position[1], UUID.fromString(position[2]));
        } catch (RuntimeException e) {
            throw new RuleViolation("cursor", "not a cursor of this listing");
        }
    }

    private static Long minor(Market market, String amount, String field) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        try {
            return Money.of(market.currency().getCurrencyCode(), amount).minorUnits();
        } catch (RuntimeException e) {
            throw new RuleViolation(field, "a decimal amount in " + market.currency().getCurrencyCode());
        }
    }
}
