package dev.meridian.platform.money;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Raised while reading JSON so the problem mapper can name the exact field, e.g. {@code price.currency}. */
public class InvalidMoneyJsonException extends JsonMappingException {

    private final String moneyField;

    public InvalidMoneyJsonException(JsonParser parser, String moneyField, String message) {
        super(parser, message);
        this.moneyField = moneyField;
    }

    public String moneyField() {
        return moneyField;
    }
}
