package dev.meridian.webhook.domain.endpoint;

import dev.meridian.platform.failure.RuleViolation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where an endpoint's messages go: an absolute http(s) URL with a host and no user info. Whether the host's addresses
 * may be reached is decided when connecting (after DNS), not here, so a name that later resolves to an internal
 * address is still refused.
 */
public record EndpointUrl(URI uri) {

    public static final int MAX_LENGTH = 2048;

    public static EndpointUrl parse(String url, boolean httpsOnly) {
        RuleViolation.require(url != null && !url.isBlank(), "url", "is required");
        RuleViolation.require(url.length() <= MAX_LENGTH, "url", "must be at most " + MAX_LENGTH + " characters");
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new RuleViolation("url", "is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        RuleViolation.require(scheme.equals("https") || scheme.equals("http") && !httpsOnly, "url",
                httpsOnly ? "must be an https URL" : "must be an http or https URL");
        RuleViolation.require(uri.getHost() != null && !uri.getHost().isBlank(), "url", "must name a host");
        RuleViolation.require(uri.getRawUserInfo() == null, "url", "must not carry user info (credentials)");
        RuleViolation.require(uri.getRawFragment() == null, "url", "must not have a fragment");
        return new EndpointUrl(uri);
    }

    public boolean https() {
        return "https".equalsIgnoreCase(uri.getScheme());
    }

    /** The host without IPv6 brackets. */
    public String host() {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    public int port() {
        return uri.getPort() > 0 ? uri.getPort() : https() ? 443 : 80;
    }

    /** Path and query as sent in the request line. */
    public String pathAndQuery() {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
