package dev.meridian.compliance.domain.tax;

import static dev.meridian.compliance.domain.tax.Quotes.quote;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance table: tax and duty cases against the seeded rules. Expected figures are worked out by hand
 * (see the comment on each case); {@code checkout} is what the shopper pays now, {@code delivery} what the
 * carrier collects at the door.
 */
class TaxAndDutyTableTest {

    private static final QuoteEngine ENGINE = QuoteEngine.of(SeededRules.load());

    record Case(String name, Quotes request, String regime, String net, String tax, String duty, String checkout,
                String delivery) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case c(String name, Quotes request, String regime, String net, String tax, String duty, String checkout,
                  String delivery) {
        return new Case(name, request, regime, net, tax, duty, checkout, delivery);
    }

    static Stream<Case> cases() {
        return Stream.of(
                // --- inclusive extraction and rounding (DE 19 %, 7 %) ---
                c("DE 119.00 incl 19% → 19.00 VAT", quote().gross("119.00"), "DOMESTIC", "100.00", "19.00", "0.00", "119.00", "0.00"),
                c("DE 100.00 excl 19%", quote().net("100.00"), "DOMESTIC", "100.00", "19.00", "0.00", "119.00", "0.00"),
                c("DE 107.00 incl reduced 7%", quote().gross("107.00", "reduced"), "DOMESTIC", "100.00", "7.00", "0.00", "107.00", "0.00"),
                c("DE 10.00 excl reduced → 0.70", quote().net("10.00", "reduced"), "DOMESTIC", "10.00", "0.70", "0.00", "10.70", "0.00"),
                c("DE 9.99 incl: 1.595 → 1.60", quote().gross("9.99"), "DOMESTIC", "8.39", "1.60", "0.00", "9.99", "0.00"),
                c("DE 0.01 incl: tax rounds to 0", quote().gross("0.01"), "DOMESTIC", "0.01", "0.00", "0.00", "0.01", "0.00"),
                c("DE 3 × 0.99 incl lines round per line", quote().gross("0.99").gross("0.99").gross("0.99"), "DOMESTIC", "2.49", "0.48", "0.00", "2.97", "0.00"),
                c("DE 3 × 33.33 excl: 18.9981 → 19.00", quote().line(3, "33.33", false, "standard", null, null), "DOMESTIC", "99.99", "19.00", "0.00", "118.99", "0.00"),
                c("DE incl shipping 5.95 → 0.95 VAT", quote().gross("119.00").shipping("5.95", true), "DOMESTIC", "105.00", "19.95", "0.00", "124.95", "0.00"),
                c("GB zero-rated 50.00", quote().from("GB").to("GB").in("GBP").net("50.00", "zero"), "DOMESTIC", "50.00", "0.00", "0.00", "50.00", "0.00"),
                c("GB reduced 105.00 incl 5%", quote().from("GB").to("GB").in("GBP").gross("105.00", "reduced"), "DOMESTIC", "100.00", "5.00", "0.00", "105.00", "0.00"),
                c("AU 110.00 incl GST 10%", quote().from("AU").to("AU").in("AUD").gross("110.00"), "DOMESTIC", "100.00", "10.00", "0.00", "110.00", "0.00"),
                // --- EU OSS: destination rate, reduced categories ---
                c("FR→DE OSS 119.00 incl", quote().from("FR").gross("119.00"), "EU_OSS", "100.00", "19.00", "0.00", "119.00", "0.00"),
                c("DE→FR OSS standard 20%", quote().to("FR").net("100.00"), "EU_OSS", "100.00", "20.00", "0.00", "120.00", "0.00"),
                c("DE→FR reduced 5.5%", quote().to("FR").net("100.00", "reduced"), "EU_OSS", "100.00", "5.50", "0.00", "105.50", "0.00"),
                c("DE→FR reduced-2 10%", quote().to("FR").net("100.00", "reduced-2"), "EU_OSS", "100.00", "10.00", "0.00", "110.00", "0.00"),
                c("DE→IT reduced 10%", quote().to("IT").net("100.00", "reduced"), "EU_OSS", "100.00", "10.00", "0.00", "110.00", "0.00"),
                c("DE→HU standard 27%", quote().to("HU").net("100.00"), "EU_OSS", "100.00", "27.00", "0.00", "127.00", "0.00"),
                c("DE→IE reduced 13.5%", quote().to("IE").net("100.00", "reduced"), "EU_OSS", "100.00", "13.50", "0.00", "113.50", "0.00"),
                c("DE→DK reduced falls back to standard 25%", quote().to("DK").net("100.00", "reduced"), "EU_OSS", "100.00", "25.00", "0.00", "125.00", "0.00"),
                c("DE→LU standard 17%", quote().to("LU").net("100.00"), "EU_OSS", "100.00", "17.00", "0.00", "117.00", "0.00"),
                // --- IOSS boundary: 150.00 vs 150.01 EUR ---
                c("US→DE 150.00: IOSS, VAT at checkout, no duty", quote().from("US").net("150.00"), "EU_IOSS", "150.00", "28.50", "0.00", "178.50", "0.00"),
                // duty 12% × 150.01 = 18.00; import VAT 19% × (150.01 + 18.00) = 31.92, both at the door
                c("US→DE 150.01 DAP: import, duty + VAT on delivery", quote().from("US").net("150.01"), "EU_IMPORT", "150.01", "31.92", "18.00", "150.01", "49.92"),
                c("US→DE 150.01 DDP: everything at checkout", quote().from("US").ddp().net("150.01"), "EU_IMPORT", "150.01", "31.92", "18.00", "199.93", "0.00"),
                c("US→DE 178.50 incl: intrinsic 150.00 → IOSS", quote().from("US").gross("178.50"), "EU_IOSS", "150.00", "28.50", "0.00", "178.50", "0.00"),
                // 178.51 incl → 28.50 extracted, net 150.01 → import; VAT on duty 18.00 × 19% = 3.42 added
                c("US→DE 178.51 incl DDP: intrinsic 150.01 → import", quote().from("US").ddp().gross("178.51"), "EU_IMPORT", "150.01", "31.92", "18.00", "199.93", "0.00"),
                c("US→DE 165.00 USD = 150.00 EUR → IOSS", quote().from("US").in("USD").net("165.00"), "EU_IOSS", "165.00", "31.35", "0.00", "196.35", "0.00"),
                // 165.01 USD = 150.01 EUR; duty 12% = 19.80; VAT 19% × 184.81 = 35.11
                c("US→DE 165.01 USD = 150.01 EUR → import", quote().from("US").in("USD").net("165.01"), "EU_IMPORT", "165.01", "35.11", "19.80", "165.01", "54.91"),
                c("US→FR two lines summing to 150.00 → IOSS", quote().from("US").to("FR").net("100.00").net("50.00"), "EU_IOSS", "150.00", "30.00", "0.00", "180.00", "0.00"),
                c("US→DE shipping does not count towards 150", quote().from("US").net("150.00").shipping("20.00", false), "EU_IOSS", "170.00", "32.30", "0.00", "202.30", "0.00"),
                // --- UK £135 ---
                c("US→GB 135.00 GBP: seller charges UK VAT", quote().from("US").to("GB").in("GBP").net("135.00"), "UK_LOW_VALUE", "135.00", "27.00", "0.00", "162.00", "0.00"),
                // duty 12% × 135.01 = 16.20; VAT 20% × 151.21 = 30.24
                c("US→GB 135.01 GBP DAP: import", quote().from("US").to("GB").in("GBP").net("135.01"), "UK_IMPORT", "135.01", "30.24", "16.20", "135.01", "46.44"),
                c("DE→GB 135.01 EU origin DDP: TCA 0% duty", quote().to("GB").in("GBP").ddp().origin("135.01", "FR"), "UK_IMPORT", "135.01", "27.00", "0.00", "162.01", "0.00"),
                // 158.83 EUR × 0.85 = 135.0055 → 135.01 GBP > 135; duty 19.06; VAT 20% × 177.89 = 35.58
                c("US→GB in EUR 158.83 → 135.01 GBP: import DDP", quote().from("US").to("GB").ddp().net("158.83"), "UK_IMPORT", "158.83", "35.58", "19.06", "213.47", "0.00"),
                c("US→GB in EUR 158.82 → 135.00 GBP: low value", quote().from("US").to("GB").net("158.82"), "UK_LOW_VALUE", "158.82", "31.76", "0.00", "190.58", "0.00"),
                // --- AU / NZ low-value GST ---
                c("US→AU 1000.00 AUD: GST at checkout", quote().from("US").to("AU").in("AUD").net("1000.00"), "AU_LVG", "1000.00", "100.00", "0.00", "1100.00", "0.00"),
                // duty 5% = 50.00; GST 10% × 1050.01 = 105.00
                c("US→AU 1000.01 AUD DAP: import", quote().from("US").to("AU").in("AUD").net("1000.01"), "AU_IMPORT", "1000.01", "105.00", "50.00", "1000.01", "155.00"),
                c("US→NZ 1000.00 NZD: GST at checkout", quote().from("US").to("NZ").in("NZD").net("1000.00"), "NZ_LVG", "1000.00", "150.00", "0.00", "1150.00", "0.00"),
                // duty 5% = 50.00; GST 15% × 1050.01 = 157.50
                c("US→NZ 1000.01 NZD DAP: import", quote().from("US").to("NZ").in("NZD").net("1000.01"), "NZ_IMPORT", "1000.01", "157.50", "50.00", "1000.01", "207.50"),
                c("US→NO 3000.00 NOK: VOEC", quote().from("US").to("NO").in("NOK").net("3000.00"), "NO_VOEC", "3000.00", "750.00", "0.00", "3750.00", "0.00"),
                c("US→SG 400.00 SGD: GST at checkout", quote().from("US").to("SG").in("SGD").net("400.00"), "SG_LVG", "400.00", "36.00", "0.00", "436.00", "0.00"),
                // --- JPY: zero decimals, per-total rounding ---
                c("JP 1100 JPY incl 10%", quote().from("JP").to("JP").in("JPY").gross("1100"), "DOMESTIC", "1000", "100", "0", "1100", "0"),
                c("JP 1080 JPY incl reduced 8%", quote().from("JP").to("JP").in("JPY").gross("1080", "reduced"), "DOMESTIC", "1000", "80", "0", "1080", "0"),
                // per line would be 10 + 10 + 10; once per invoice: 28.64 → 29
                c("JP 3 × 105 JPY incl: rounded once per invoice", quote().from("JP").to("JP").in("JPY").gross("105").gross("105").gross("105"), "DOMESTIC", "286", "29", "0", "315", "0"),
                c("JP 999 JPY excl: 99.9 → 100", quote().from("JP").to("JP").in("JPY").net("999"), "DOMESTIC", "999", "100", "0", "1099", "0"),
                c("US→JP 10000 JPY: duty de minimis, tax at door", quote().from("US").to("JP").in("JPY").net("10000"), "IMPORT", "10000", "1000", "0", "10000", "1000"),
                // duty 10% = 1000; tax 10% × 11001 = 1100
                c("US→JP 10001 JPY: duty due", quote().from("US").to("JP").in("JPY").net("10001"), "IMPORT", "10001", "1100", "1000", "10001", "2100"),
                // --- Canada: HST vs GST + PST/QST ---
                c("CA-ON HST 13%", quote().from("CA").to("CA", "ON").in("CAD").net("100.00"), "DOMESTIC", "100.00", "13.00", "0.00", "113.00", "0.00"),
                c("CA-BC GST 5% + PST 7%", quote().from("CA").to("CA", "BC").in("CAD").net("100.00"), "DOMESTIC", "100.00", "12.00", "0.00", "112.00", "0.00"),
                c("CA-QC GST 5% + QST 9.975%", quote().from("CA").to("CA", "QC").in("CAD").net("100.00"), "DOMESTIC", "100.00", "14.98", "0.00", "114.98", "0.00"),
                // per line: 4 × (0.01 + 0.01) = 0.08; per total: GST 0.03 + QST 0.06 = 0.09
                c("CA-QC 4 × 0.15: each tax rounded once", quote().from("CA").to("CA", "QC").in("CAD").net("0.15").net("0.15").net("0.15").net("0.15"), "DOMESTIC", "0.60", "0.09", "0.00", "0.69", "0.00"),
                c("CA-QC 114.98 incl → 100.00 net", quote().from("CA").to("CA", "QC").in("CAD").gross("114.98"), "DOMESTIC", "100.00", "14.98", "0.00", "114.98", "0.00"),
                c("CA-AB GST only", quote().from("CA").to("CA", "AB").in("CAD").net("100.00"), "DOMESTIC", "100.00", "5.00", "0.00", "105.00", "0.00"),
                c("CA-NS HST 15% until 2025-03-31", quote().from("CA").to("CA", "NS").in("CAD").on("2025-03-31").net("100.00"), "DOMESTIC", "100.00", "15.00", "0.00", "115.00", "0.00"),
                c("CA-NS HST 14% from 2025-04-01", quote().from("CA").to("CA", "NS").in("CAD").on("2025-04-01").net("100.00"), "DOMESTIC", "100.00", "14.00", "0.00", "114.00", "0.00"),
                c("US→CA-ON 150.00 CAD: duty de minimis", quote().from("US").to("CA", "ON").in("CAD").net("150.00"), "IMPORT", "150.00", "19.50", "0.00", "150.00", "19.50"),
                // duty 18% = 27.00; HST 13% × 177.01 = 23.01
                c("US→CA-ON 150.01 CAD: duty due", quote().from("US").to("CA", "ON").in("CAD").net("150.01"), "IMPORT", "150.01", "23.01", "27.00", "150.01", "50.01"),
                // --- US: labelled approximation, de minimis suspension ---
                c("US-CA state base 7.25% (approximation)", quote().from("US").to("US", "CA").in("USD").net("100.00"), "DOMESTIC", "100.00", "7.25", "0.00", "107.25", "0.00"),
                c("US-NJ 6.625% of 10.00 → 0.66", quote().from("US").to("US", "NJ").in("USD").net("10.00"), "DOMESTIC", "10.00", "0.66", "0.00", "10.66", "0.00"),
                c("US-OR no sales tax", quote().from("US").to("US", "OR").in("USD").net("100.00"), "DOMESTIC", "100.00", "0.00", "0.00", "100.00", "0.00"),
                c("US-NY reduced falls back to standard 4%", quote().from("US").to("US", "NY").in("USD").net("100.00", "reduced"), "DOMESTIC", "100.00", "4.00", "0.00", "104.00", "0.00"),
                c("DE→US-NY 800.00 on 2025-08-28: de minimis", quote().to("US", "NY").in("USD").on("2025-08-28").net("800.00"), "US_IMPORT", "800.00", "32.00", "0.00", "832.00", "0.00"),
                // duty 16.5% × 800.01 = 132.00
                c("DE→US-NY 800.01 on 2025-08-28: duty", quote().to("US", "NY").in("USD").on("2025-08-28").net("800.01"), "US_IMPORT", "800.01", "32.00", "132.00", "832.01", "132.00"),
                c("DE→US-NY 100.00 on 2025-08-28: under de minimis", quote().to("US", "NY").in("USD").on("2025-08-28").net("100.00"), "US_IMPORT", "100.00", "4.00", "0.00", "104.00", "0.00"),
                c("DE→US-NY 100.00 on 2025-08-29: de minimis suspended", quote().to("US", "NY").in("USD").on("2025-08-29").net("100.00"), "US_IMPORT", "100.00", "4.00", "16.50", "104.00", "16.50"),
                c("DE→US-NY 100.00 on 2025-08-29 DDP", quote().to("US", "NY").in("USD").on("2025-08-29").ddp().net("100.00"), "US_IMPORT", "100.00", "4.00", "16.50", "120.50", "0.00"),
                // --- DDP vs DAP without a low-value scheme (CH: no industrial duty since 2024) ---
                c("US→CH 200.00 CHF DAP: VAT at the door", quote().from("US").to("CH").in("CHF").net("200.00"), "IMPORT", "200.00", "16.20", "0.00", "200.00", "16.20"),
                c("US→CH 200.00 CHF DDP: VAT at checkout", quote().from("US").to("CH").in("CHF").ddp().net("200.00"), "IMPORT", "200.00", "16.20", "0.00", "216.20", "0.00"),
                // --- duty by heading: most specific prefix wins ---
                c("US→DE phones 8517: 0% duty", quote().from("US").hs("200.00", "851712"), "EU_IMPORT", "200.00", "38.00", "0.00", "200.00", "38.00"),
                // 2.7% = 5.40; VAT 19% × 205.40 = 39.03
                c("US→DE chapter 85 default 2.7%", quote().from("US").hs("200.00", "8518.30"), "EU_IMPORT", "200.00", "39.03", "5.40", "200.00", "44.43"),
                // 17% = 34.00; VAT 19% × 234.00 = 44.46
                c("US→DE footwear 64: 17%", quote().from("US").hs("200.00", "6403.99.00"), "EU_IMPORT", "200.00", "44.46", "34.00", "200.00", "78.46"),
                // --- rate changes on an effective date ---
                c("EE 22% on 2025-06-30", quote().from("EE").to("EE").on("2025-06-30").net("100.00"), "DOMESTIC", "100.00", "22.00", "0.00", "122.00", "0.00"),
                c("EE 24% from 2025-07-01", quote().from("EE").to("EE").on("2025-07-01").net("100.00"), "DOMESTIC", "100.00", "24.00", "0.00", "124.00", "0.00"),
                c("FI 24% on 2024-08-31", quote().from("FI").to("FI").on("2024-08-31").net("100.00"), "DOMESTIC", "100.00", "24.00", "0.00", "124.00", "0.00"),
                c("FI 25.5% from 2024-09-01", quote().from("FI").to("FI").on("2024-09-01").net("100.00"), "DOMESTIC", "100.00", "25.50", "0.00", "125.50", "0.00"),
                c("RO 19% on 2025-07-31", quote().to("RO").on("2025-07-31").net("100.00"), "EU_OSS", "100.00", "19.00", "0.00", "119.00", "0.00"),
                c("RO 21% from 2025-08-01", quote().to("RO").on("2025-08-01").net("100.00"), "EU_OSS", "100.00", "21.00", "0.00", "121.00", "0.00"),
                c("SK reduced 10% on 2024-12-31", quote().to("SK").on("2024-12-31").net("100.00", "reduced"), "EU_OSS", "100.00", "10.00", "0.00", "110.00", "0.00"),
                c("SK reduced 19% from 2025-01-01", quote().to("SK").on("2025-01-01").net("100.00", "reduced"), "EU_OSS", "100.00", "19.00", "0.00", "119.00", "0.00"),
                c("CH 7.7% on 2023-12-31", quote().from("CH").to("CH").in("CHF").on("2023-12-31").net("100.00"), "DOMESTIC", "100.00", "7.70", "0.00", "107.70", "0.00"),
                c("CH 8.1% from 2024-01-01", quote().from("CH").to("CH").in("CHF").on("2024-01-01").net("100.00"), "DOMESTIC", "100.00", "8.10", "0.00", "108.10", "0.00"),
                c("SG GST 8% in 2023", quote().from("SG").to("SG").in("SGD").on("2023-06-01").net("100.00"), "DOMESTIC", "100.00", "8.00", "0.00", "108.00", "0.00"),
                c("SG GST 9% from 2024-01-01", quote().from("SG").to("SG").in("SGD").on("2024-01-01").net("100.00"), "DOMESTIC", "100.00", "9.00", "0.00", "109.00", "0.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void quotes_match_the_worked_figures(Case c) {
        Quote quote = ENGINE.quote(c.request().build());

        assertThat(quote.regime()).as("regime").isEqualTo(c.regime());
        assertThat(quote.totals().net().amountString()).as("net").isEqualTo(c.net());
        assertThat(quote.totals().tax().amountString()).as("tax").isEqualTo(c.tax());
        assertThat(quote.totals().duty().amountString()).as("duty").isEqualTo(c.duty());
        assertThat(quote.totals().collectedAtCheckout().amountString()).as("collected at checkout").isEqualTo(c.checkout());
        assertThat(quote.totals().payableOnDelivery().amountString()).as("payable on delivery").isEqualTo(c.delivery());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void every_line_names_the_rules_it_applied(Case c) {
        Quote quote = ENGINE.quote(c.request().build());

        for (QuotedLine line : quote.lines()) {
            assertThat(line.rules()).as("rules of " + line.sku()).isNotEmpty();
            line.taxes().forEach(t -> assertThat(line.rules()).contains(t.rule()));
            if (line.duty().isPositive()) {
                assertThat(line.rules()).anyMatch(r -> r.id().contains("duty"));
            }
            assertThat(line.explanation()).contains(line.sku()).contains(quote.regime());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void lines_add_up_to_the_totals(Case c) {
        Quote quote = ENGINE.quote(c.request().build());

        var all = new java.util.ArrayList<>(quote.lines());
        if (quote.shipping() != null) {
            all.add(quote.shipping());
        }
        long tax = all.stream().mapToLong(l -> l.tax().minorUnits()).sum();
        long total = all.stream().mapToLong(l -> l.total().minorUnits()).sum();
        assertThat(tax).isEqualTo(quote.totals().tax().minorUnits());
        assertThat(total).isEqualTo(quote.totals().total().minorUnits());
        assertThat(quote.totals().collectedAtCheckout().plus(quote.totals().payableOnDelivery()))
                .isEqualTo(quote.totals().total());
    }
}
