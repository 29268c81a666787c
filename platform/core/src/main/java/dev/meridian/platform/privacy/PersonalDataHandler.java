package dev.meridian.platform.privacy;

import io.smallrye.mutiny.Uni;
import java.util.Optional;

/**
 * What one service knows about a data subject (GDPR Art. 15/17/20, CCPA). Each service that stores personal
 * data implements it over its own tables; both methods run inside the responder's transaction.
 */
public interface PersonalDataHandler {

    /** The subject's data as a JSON-serializable object, or empty when this service holds none. */
    Uni<Optional<Object>> export(String subjectId);

    /** Erases or irreversibly pseudonymizes the subject's data; false when there was nothing to erase. */
    Uni<Boolean> erase(String subjectId);
}
