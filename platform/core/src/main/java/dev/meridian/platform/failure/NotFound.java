package dev.meridian.platform.failure;

/**
 * The thing a request names does not exist, or is not the caller's to see: answered 404 (never 403, so that
 * a customer cannot learn which ids exist).
 */
public final class NotFound extends DomainFailure {

    public NotFound(String what, Object id) {
        super(what + " '" + id + "' was not found");
    }
}
