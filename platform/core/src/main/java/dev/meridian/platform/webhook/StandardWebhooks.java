package dev.meridian.platform.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies Standard Webhooks signatures (webhook-id, webhook-timestamp, webhook-signature: space-separated
 * "v1,base64(HMAC-SHA256(secret, id.timestamp.body))", several during key rotation), in constant time, and
 * refuses timestamps outside the tolerance so a captured request cannot be replayed later.
 * Used for inbound webhooks (carriers) and for signing outbound ones (ERP/CRM integrators).
 */
public final class StandardWebhooks {

    private StandardWebhooks() {
    }

    public static boolean verify(String secret, String id, String timestamp, String signatures, String body,
                                 Instant now, Duration tolerance) {
        if (secret == null || id == null || timestamp == null || signatures == null || body == null) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = sign(secret, id + "." + timestamp.trim() + "." + body);
        for (String candidate : signatures.trim().split(" ")) {
            if (!candidate.startsWith("v1,")) {
                continue;
            }
            try {
                if (MessageDigest.isEqual(expected, Base64.getDecoder().decode(candidate.substring(3)))) {
                    return true;
                }
            } catch (IllegalArgumentException notBase64) {
                // try the next signature
            }
        }
        return false;
    }

    /** The header value for one secret: {@code v1,<base64 signature>}. */
    public static String signatureHeader(String secret, String id, long timestamp, String body) {
        return "v1," + Base64.getEncoder().encodeToString(sign(secret, id + "." + timestamp + "." + body));
    }

    /** The raw HMAC for {@code id.timestamp.body}; senders (and tests) put "v1," + base64 of it in the header. */
    public static byte[] sign(String secret, String content) {
        String key = secret.startsWith("whsec_") ? secret.substring(6) : secret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("cannot compute HMAC-SHA256", e);
        }
    }
}
