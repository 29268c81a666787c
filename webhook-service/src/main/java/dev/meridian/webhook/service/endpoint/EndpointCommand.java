package dev.meridian.webhook.service.endpoint;

import java.util.List;

/** An endpoint's settings as the caller gave them (create and replace take the same ones). */
public record EndpointCommand(String url, String description, List<String> eventTypes, String market,
                              Boolean enabled, Integer throttlePerSecond, String ordering) {
}
