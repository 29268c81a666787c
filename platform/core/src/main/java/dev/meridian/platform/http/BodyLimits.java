package dev.meridian.platform.http;

import java.util.Map;

/** The body limit of a path: the longest matching prefix in {@code meridian.http.body-limits}, else the default. */
final class BodyLimits {

    private BodyLimits() {
    }

    static long limitFor(HttpLimitsConfig config, String path) {
        long limit = config.maxBodySize().asLongValue();
        int longest = -1;
        for (Map.Entry<String, io.quarkus.runtime.configuration.MemorySize> entry : config.bodyLimits().entrySet()) {
            String prefix = entry.getKey();
            if (path != null && path.startsWith(prefix) && prefix.length() > longest) {
                longest = prefix.length();
                limit = entry.getValue().asLongValue();
            }
        }
        return limit;
    }
}
