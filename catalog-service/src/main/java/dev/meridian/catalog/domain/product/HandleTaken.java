package dev.meridian.catalog.domain.product;

import dev.meridian.platform.failure.StateConflict;

/** A handle is unique per locale across all products, old handles included. */
public class HandleTaken extends StateConflict {

    public HandleTaken(String locale, String handle) {
        super("handle '" + handle + "' is already used in locale " + locale);
    }
}
