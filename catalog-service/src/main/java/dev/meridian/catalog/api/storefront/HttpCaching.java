package dev.meridian.catalog.api.storefront;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Public storefront responses are cacheable by CDNs: the ETag is a hash of the exact body, so any change a shopper
 * could see (a price, a text, availability) changes it; a matching If-None-Match gets 304 with no body.
 */
final class HttpCaching {

    static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

    private HttpCaching() {
    }

    static Response cacheable(ObjectMapper json, Object body, String ifNoneMatch, String contentLanguage, String mediaType) {
        byte[] bytes;
        try {
            bytes = body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String tag = "\"" + hash(bytes) + "\"";
        Response.ResponseBuilder response;
        if (ifNoneMatch != null && (ifNoneMatch.contains(tag) || ifNoneMatch.strip().equals("*"))) {
            response = Response.notModified();
        } else {
            response = Response.ok(bytes, mediaType);
        }
        response.header("ETag", tag).header("Cache-Control", CACHE_CONTROL);
        if (contentLanguage != null) {
            response.header("Content-Language", contentLanguage);
        }
        return response.build();
    }

    /** A permanent redirect, cacheable like the page it points to. */
    static Response movedPermanently(String path) {
        return Response.status(301).location(java.net.URI.create(path)).header("Cache-Control", CACHE_CONTROL).build();
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
