package dev.meridian.catalog.api;

import dev.meridian.platform.problem.Problem;
import dev.meridian.platform.problem.ProblemResponses;
import dev.meridian.platform.problem.ProblemType;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Two editors racing with the same If-Match: the row's version check at flush lets only one win; the other gets 412. */
public class OptimisticLockMapper {

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response map(RuntimeException e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(ProblemType.PRECONDITION_FAILED,
                "the product was changed concurrently; fetch it again and reapply your change"),
                uri.getRequestUri().getRawPath());
    }
}
