package dev.meridian.catalog.api.product;

import dev.meridian.platform.failure.PreconditionFailed;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;

/** ETag / If-Match for admin updates: the product's version is its entity tag. */
final class Preconditions {

    private Preconditions() {
    }

    static EntityTag etag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /** The version If-Match names: 428 without If-Match, 412 when it is not one of our tags (so never current). */
    static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.of(ProblemType.PRECONDITION_REQUIRED,
                    "send If-Match with the ETag of the version you edited, so no one else's change is lost");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new PreconditionFailed("If-Match names no version of this product; fetch it again and reapply your change");
        }
    }
}
