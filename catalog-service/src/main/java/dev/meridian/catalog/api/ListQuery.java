package dev.meridian.catalog.api;

import dev.meridian.catalog.domain.LocaleChain;
import dev.meridian.catalog.domain.Market;
import dev.meridian.platform.money.Money;
import dev.meridian.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** A validated storefront list/search request. Limits are bounded: a page is at most 100 items. */
record ListQuery(Market market, LocaleChain chain, String q, UUID category, Long minPrice, Long maxPrice,
                 List<String> options, String availability, Sort sort, int limit, String[] cursor) {

    static final int DEFAULT_LIMIT = 24;
    static final int MAX_LIMIT = 100;

    enum Sort { RELEVANCE, PRICE_ASC, PRICE_DESC, NEWEST }

    static ListQuery parse(Market market, LocaleChain chain, String q, UUID category, String minPrice, String maxPrice,
                           List<String> options, String availability, String sort, Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > 200) {
            throw ProblemException.invalid("q", "must be at most 200 characters");
        }
        Sort order;
        try {
            order = sort == null ? (text == null ? Sort.NEWEST : Sort.RELEVANCE)
                    : Sort.valueOf(sort.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("sort", "one of relevance, price-asc, price-desc, newest");
        }
        if (order == Sort.RELEVANCE && text == null) {
            order = Sort.NEWEST;
        }
        if (availability != null && !List.of("in-stock", "low", "out", "available").contains(availability)) {
            throw ProblemException.invalid("availability", "one of in-stock, low, out, available");
        }
        List<String> opts = options == null ? List.of() : options;
        for (String o : opts) {
            if (!o.matches("[a-z][a-z0-9_-]{0,31}:.{1,64}")) {
                throw ProblemException.invalid("option", "use axis:value, e.g. color:red");
            }
        }
        String[] position = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                position = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
                if (position.length != 3 || !position[0].equals(order.name())) {
                    throw new IllegalArgumentException();
                }
                UUID.fromString(position[2]);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("cursor", "not a cursor of this listing");
            }
        }
        return new ListQuery(market, chain, text, category, minor(market, minPrice, "minPrice"),
                minor(market, maxPrice, "maxPrice"), opts, availability, order, size, position);
    }

    static String cursor(Sort sort, String key, UUID id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((sort.name() + "|" + key + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static Long minor(Market market, String amount, String field) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        try {
            return Money.of(market.currency().getCurrencyCode(), amount).minorUnits();
        } catch (RuntimeException e) {
            throw ProblemException.invalid(field, "a decimal amount in " + market.currency().getCurrencyCode());
        }
    }
}
