package dev.meridian.compliance.domain.tax;

/** Which {@link RoundingPolicy} a country's tax uses; countries without a rule round per line. */
public record RoundingRule(String id, int version, String country, RoundingPolicy policy) {

    public RuleRef ref() {
        return new RuleRef(id, version);
    }
}
