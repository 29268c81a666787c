package dev.meridian.catalog.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Read-side access to the document mapper, for queries that read jsonb columns directly. */
public final class DocJsonAccess {

    private DocJsonAccess() {
    }

    public static ObjectMapper mapper() {
        return DocJson.MAPPER;
    }
}
