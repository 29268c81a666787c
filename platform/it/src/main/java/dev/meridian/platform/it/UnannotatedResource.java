package dev.meridian.platform.it;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Deliberately without a security annotation: deny-by-default must refuse it to everyone. */
@Path("/v1/unannotated")
public class UnannotatedResource {

    @GET
    public String read() {
        return "this must never be served";
    }
}
