package dev.meridian.fulfillment.service.shipping.admin;

import dev.meridian.platform.money.Money;
import java.util.List;
import java.util.Set;

/** What an admin asks to store, before validation against the current configuration. */
public final class ShippingConfigCommands {

    private ShippingConfigCommands() {
    }

    /** The destination countries (ISO 3166-1 alpha-2) of a zone. */
    public record PutZone(String code, Set<String> countries) {
    }

    /** A carrier's service: kind ECONOMY, EXPRESS or LOCAL; transit days; the incoterms (DDP, DAP) it supports. */
    public record PutService(String code, String carrier, String name, String kind, int transitDaysMin,
                             int transitDaysMax, Set<String> incoterms, boolean freeShippingEligible) {
    }

    /** The prices of one service to one zone in one currency, by weight (grams) or order-value (minor units) bands. */
    public record PutRateTable(String service, String zone, String currency, String basis, List<Band> bands) {

        public record Band(Long upTo, Money price) {
        }
    }

    /** A market's currency, free-shipping threshold (null: never free), withdrawal days, return hub and time zone. */
    public record PutMarket(String code, String currency, Money freeShippingThreshold, int withdrawalDays,
                            String returnHub, String timeZone) {
    }
}
