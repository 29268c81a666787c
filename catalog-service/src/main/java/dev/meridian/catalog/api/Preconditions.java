package dev.meridian.catalog.api;

import dev.meridian.platform.problem.Problem;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.problem.ProblemType;

/** ETag / If-Match for admin updates: the version is the entity tag. */
final class Preconditions {

    private Preconditions() {
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** 428 without If-Match, 400 when it is not one of our tags. */
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
            throw stale(-1);
        }
    }

    static ProblemException stale(long currentVersion) {
        return new ProblemException(Problem.of(ProblemType.PRECONDITION_FAILED,
                "the product was changed since you read it; fetch it again and reapply your change")
                .with("currentETag", currentVersion < 0 ? null : etag(currentVersion)));
    }
}
