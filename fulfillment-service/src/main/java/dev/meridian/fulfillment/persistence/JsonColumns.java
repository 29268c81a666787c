package dev.meridian.fulfillment.persistence;

import java.util.List;

/**
 * Row shapes of the jsonb columns the entities map: plain values only, so a schema change never depends on domain
 * refactoring (a helper of the entities, not an entity itself).
 */
public final class JsonColumns {

    private JsonColumns() {
    }

    public record Line(String sku, String location, int quantity) {
    }

    public record ShipLine(String sku, int quantity) {
    }

    public record ParcelRow(long weightGrams, int lengthCm, int widthCm, int heightCm) {
    }

    public record InvoiceLine(String description, String hsCode, String originCountry, int quantity, String currency,
                              long unitValueMinor) {
    }

    public record Customs(String incoterm, List<InvoiceLine> lines) {
    }

    public record ReturnLineRow(String sku, int quantity, String reason, String condition) {
    }

    /** {@code countedAtMillis}: the ERP's count time, null when the feed did not give one. */
    public record FeedLine(String sku, String location, long onHand, long version, Long countedAtMillis) {
    }

    public record Band(Long upTo, long minor) {
    }

    // The reactive PostgreSQL client maps jsonb to a JSON object, so arrays are wrapped in one.

    public record Lines(List<Line> items) {
    }

    public record ShipLines(List<ShipLine> items) {
    }

    public record Parcels(List<ParcelRow> items) {
    }

    public record ReturnLines(List<ReturnLineRow> items) {
    }

    public record FeedLines(List<FeedLine> items) {
    }
}
