package dev.meridian.fulfillment.api.stock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.fulfillment.domain.stock.StockFeedLine;
import dev.meridian.platform.problem.Problem;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the ERP's NDJSON stock feed: one {@code {"sku","location","onHand","sequence","asOf"}} object per line.
 * {@code asOf} (an ISO instant) is when the ERP counted; {@code sequence} orders the lines of one SKU and location
 * (without it, {@code asOf} does); at least one of them is required. Every bad line is reported with its number
 * ({@code lines[7].onHand}, 1-based like an editor shows it), and one bad line rejects the whole feed.
 */
public final class FeedParser {

    public record Result(List<StockFeedLine> lines, List<Problem.Violation> violations) {
    }

    private final ObjectMapper mapper;

    public FeedParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Result parse(String body) {
        List<StockFeedLine> lines = new ArrayList<>();
        List<Problem.Violation> violations = new ArrayList<>();
        String[] raw = body == null ? new String[0] : body.split("\r?\n");
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].isBlank()) {
                continue;
            }
            String at = "lines[" + (i + 1) + "]";
            try {
                JsonNode node = mapper.readTree(raw[i]);
                if (node == null || !node.isObject()) {
                    violations.add(new Problem.Violation(at, "must be a JSON object"));
                    continue;
                }
                parseLine(node, at, violations).ifPresent(lines::add);
            } catch (java.io.IOException e) {
                violations.add(new Problem.Violation(at, "is not valid JSON"));
            }
        }
        if (lines.isEmpty() && violations.isEmpty()) {
            violations.add(new Problem.Violation("body", "the feed has no lines"));
        }
        return new Result(lines, violations);
    }

    private static java.util.Optional<StockFeedLine> parseLine(JsonNode node, String at,
                                                               List<Problem.Violation> violations) {
        int before = violations.size();
        String sku = text(node, "sku", at, violations);
        String location = text(node, "location", at, violations);
        JsonNode onHand = node.get("onHand");
        if (onHand == null || !onHand.canConvertToLong() || !onHand.isIntegralNumber() || onHand.asLong() < 0) {
            violations.add(new Problem.Violation(at + ".onHand", "must be a whole number >= 0"));
        }
        Instant countedAt = asOf(node, at, violations);
        long version = version(node, countedAt, at, violations);
        if (violations.size() > before) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new StockFeedLine(sku, location, onHand.asLong(), version, countedAt));
    }

    /** When the ERP counted; movements booked here after it are applied on top of the count. */
    private static Instant asOf(JsonNode node, String at, List<Problem.Violation> violations) {
        JsonNode asOf = node.get("asOf");
        if (asOf == null) {
            return null;
        }
        try {
            if (asOf.isTextual()) {
                return Instant.parse(asOf.asText());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        violations.add(new Problem.Violation(at + ".asOf", "must be an ISO-8601 instant"));
        return null;
    }

    /** The sequence orders lines of one SKU and location; without one, the count time does. */
    private static long version(JsonNode node, Instant countedAt, String at, List<Problem.Violation> violations) {
        JsonNode sequence = node.get("sequence");
        if (sequence != null) {
            if (sequence.isIntegralNumber() && sequence.canConvertToLong() && sequence.asLong() > 0) {
                return sequence.asLong();
            }
            violations.add(new Problem.Violation(at + ".sequence", "must be a positive whole number"));
            return 0;
        }
        if (countedAt != null) {
            return countedAt.toEpochMilli();
        }
        if (node.get("asOf") == null) {
            violations.add(new Problem.Violation(at + ".sequence", "a positive sequence (or an asOf instant) is required"));
        }
        return 0;
    }

    private static String text(JsonNode node, String field, String at, List<Problem.Violation> violations) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            violations.add(new Problem.Violation(at + "." + field, "is required"));
            return null;
        }
        return value.asText();
    }
}
