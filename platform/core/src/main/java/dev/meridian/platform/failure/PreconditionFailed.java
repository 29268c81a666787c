package dev.meridian.platform.failure;

/**
 * The client's {@code If-Match} names a version that is no longer current: answered 412. A concurrent-write
 * race lost at commit time (both writers sent the current version) is a {@link StateConflict} (409) instead:
 * the client did nothing wrong and may simply retry after reading again.
 */
public final class PreconditionFailed extends DomainFailure {

    public PreconditionFailed(String message) {
        super(message);
    }
}
