package dev.meridian.platform.money;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/** Wire form of {@link Money}: {@code {"currency":"EUR","amount":"19.99"}}; the amount is a string, never a float. */
public final class MoneyJson {

    private MoneyJson() {
    }

    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("meridian-money");
        module.addSerializer(Money.class, new Serializer());
        module.addDeserializer(Money.class, new Deserializer());
        return module;
    }

    static final class Serializer extends JsonSerializer<Money> {
        @Override
        public void serialize(Money value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("currency", value.currencyCode());
            gen.writeStringField("amount", value.amountString());
            gen.writeEndObject();
        }
    }

    static final class Deserializer extends JsonDeserializer<Money> {
        @Override
        public Money deserialize(JsonParser parser, DeserializationContext ctx) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new InvalidMoneyJsonException(parser, "amount",
                        "money must be an object {\"currency\": \"EUR\", \"amount\": \"19.99\"}");
            }
            JsonNode node = ctx.readTree(parser);
            JsonNode currency = node.get("currency");
            JsonNode amount = node.get("amount");
            if (currency == null || !currency.isTextual()) {
                throw new InvalidMoneyJsonException(parser, "currency", "currency is required (ISO 4217 code)");
            }
            if (amount == null || !amount.isTextual()) {
                // A JSON number is refused, not coerced: 19.99 as a double may already have lost the cent.
                throw new InvalidMoneyJsonException(parser, "amount",
                        "amount is required as a decimal string such as \"19.99\", not a JSON number");
            }
            try {
                return Money.of(currency.asText(), amount.asText());
            } catch (InvalidMoneyException e) {
                throw new InvalidMoneyJsonException(parser, e.field(), e.getMessage());
            }
        }
    }
}
