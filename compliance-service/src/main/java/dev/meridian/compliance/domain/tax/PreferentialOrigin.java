package dev.meridian.compliance.domain.tax;

/**
 * Goods originating in {@code origin} ("EU" or a country) enter {@code destination} duty-free under a trade
 * agreement (e.g. the EU–UK Trade and Cooperation Agreement), given a valid statement on origin.
 */
public record PreferentialOrigin(String id, int version, String destination, String origin, String agreement) {

    public RuleRef ref() {
        return new RuleRef(id, version);
    }
}
