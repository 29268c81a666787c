package dev.meridian.webhook.api.support;

import java.util.List;

/** A page of a list: its items and the cursor of the next page (null on the last page). */
public record Page<T>(List<T> items, String nextCursor) {
}
