package dev.meridian.catalog.domain.imports;

import java.util.UUID;

/** Another worker took the job over (this one was presumed dead); it must stop without committing. */
public final class LostClaim extends RuntimeException {

    public LostClaim(UUID job) {
        super("import job " + job + " was taken over by another worker", null, false, false);
    }
}
