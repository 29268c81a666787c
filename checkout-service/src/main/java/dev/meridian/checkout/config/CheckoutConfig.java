package dev.meridian.checkout.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Checkout's own settings (prefix {@code checkout}); shared wiring comes from the platform. */
@ConfigMapping(prefix = "checkout")
public interface CheckoutConfig {

    Carts carts();

    Quotes quotes();

    Placement placement();

    /**
     * The country each fulfillment location ships from, by location code (fulfillment's shipping options name the
     * location; compliance needs the country).
     */
    Map<String, String> shipFromCountries();

    /** The country of a location this map does not name. */
    @WithDefault("PT")
    String defaultShipFromCountry();

    interface Placement {
        /** A claim on a cart older than this belongs to a request that died: another request may take it over. */
        @WithDefault("2m")
        Duration staleAfter();
    }

    interface Quotes {
        /** How long a checkout quote holds; stock is reserved for as long at placement. */
        @WithDefault("15m")
        Duration ttl();
    }

    interface Carts {
        /** Distinct lines a cart may hold. */
        @WithDefault("50")
        int maxLines();

        /** Units of one variant on one line. */
        @WithDefault("20")
        int maxQuantityPerLine();

        /** Units across all lines of a cart. */
        @WithDefault("200")
        int maxUnits();

        /** An anonymous cart untouched this long expires. */
        @WithDefault("P14D")
        Duration anonymousTtl();

        /** A customer's cart untouched this long expires. */
        @WithDefault("P60D")
        Duration customerTtl();

        /** An open cart with an e-mail untouched this long is reported as abandoned (cart.abandoned), once. */
        @WithDefault("1h")
        Duration abandonedAfter();

        /** Off in tests that run the abandonment sweep themselves with a moved clock. */
        @WithDefault("true")
        boolean abandonmentEnabled();

        /** How often the sweep runs (read by the scheduler as {@code checkout.carts.abandonment-interval}). */
        @WithDefault("1m")
        String abandonmentInterval();
    }
}
