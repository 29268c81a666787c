package dev.meridian.webhook.domain.endpoint;

import dev.meridian.platform.failure.RuleViolation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which event types an endpoint receives: exact types ({@code meridian.checkout.order.placed.v1}) or patterns with
 * {@code *} for one dot-separated segment; a trailing {@code *} matches one or more segments, so
 * {@code meridian.checkout.order.*} is every order event of every version and {@code *} is everything.
 */
public record EventTypeFilter(List<String> patterns) {

    public static final int MAX_PATTERNS = 100;
    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}|\\*");

    public EventTypeFilter {
        patterns = List.copyOf(new LinkedHashSet<>(patterns));
    }

    /** Validates every pattern; the field is named in the 400. */
    public static EventTypeFilter of(List<String> patterns) {
        RuleViolation.require(patterns != null && !patterns.isEmpty(), "eventTypes",
                "name at least one event type or pattern, e.g. meridian.checkout.order.*");
        RuleViolation.require(patterns.size() <= MAX_PATTERNS, "eventTypes", "at most " + MAX_PATTERNS + " patterns");
        for (int i = 0; i < patterns.size(); i++) {
            String pattern = patterns.get(i);
            String field = "eventTypes[" + i + "]";
            RuleViolation.require(pattern != null && !pattern.isBlank() && pattern.length() <= 200, field,
                    "must be an event type or pattern of at most 200 characters");
            for (String segment : pattern.split("\\.", -1)) {
                RuleViolation.require(SEGMENT.matcher(segment).matches(), field,
                        "segments are lower-case letters, digits, '-' or '_', or '*' for one segment "
                                + "(a trailing '*' for any rest), e.g. meridian.checkout.order.*");
            }
        }
        return new EventTypeFilter(patterns);
    }

    public boolean matches(String type) {
        if (type == null) {
            return false;
        }
        String[] segments = type.split("\\.", -1);
        for (String pattern : patterns) {
            if (matches(pattern.split("\\.", -1), segments)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String[] pattern, String[] type) {
        for (int i = 0; i < pattern.length; i++) {
            boolean last = i == pattern.length - 1;
            if (last && pattern[i].equals("*")) {
                return type.length > i;
            }
            if (i >= type.length || !(pattern[i].equals("*") || pattern[i].equals(type[i]))) {
                return false;
            }
        }
        return pattern.length == type.length;
    }
}
