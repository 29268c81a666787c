package dev.meridian.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value larger than the platform accepts (a string or a list); answered 400 naming the field. */
public class BoundExceededException extends MismatchedInputException {

    BoundExceededException(JsonParser parser, String message, Class<?> type) {
        super(parser, message, type);
    }
}
