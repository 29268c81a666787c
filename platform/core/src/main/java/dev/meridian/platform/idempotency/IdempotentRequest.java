package dev.meridian.platform.idempotency;

/**
 * What identifies a creating request: the client's key, scoped to its principal so two clients never share
 * keys, and a fingerprint of what was asked (method, path and canonical body) to detect key reuse.
 */
public record IdempotentRequest(String scope, String key, String fingerprint) {
}
