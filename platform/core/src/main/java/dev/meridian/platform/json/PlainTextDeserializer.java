package dev.meridian.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Text fields take no control characters: PostgreSQL refuses NUL in text (which used to surface as a 500), and
 * the other C0 controls have no place in a product title or an address. Tab, line feed and carriage return stay
 * allowed (descriptions have lines). No string is longer than {@link #MAX_LENGTH}. The failure names the field,
 * like every other bad value.
 */
final class PlainTextDeserializer extends StringDeserializer {

    /** The bound the OpenAPI documents state for a string where an operation states none. */
    static final int MAX_LENGTH = dev.meridian.platform.openapi.MeridianOpenApiFilter.MAX_JSON_STRING;

    @Override
    public String deserialize(JsonParser parser, DeserializationContext ctx) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return super.deserialize(parser, ctx);
        }
        String text = parser.getText();
        if (text.length() > MAX_LENGTH) {
            throw new BoundExceededException(parser, "is " + text.length() + " characters long; at most " + MAX_LENGTH
                    + " are accepted", String.class);
        }
        int bad = ControlCharacters.indexOfForbidden(text);
        if (bad >= 0) {
            throw InvalidFormatException.from(parser,
                    "contains the control character U+%04X at position %d".formatted((int) text.charAt(bad), bad),
                    ControlCharacters.EXCERPT, String.class);
        }
        return text;
    }
}
