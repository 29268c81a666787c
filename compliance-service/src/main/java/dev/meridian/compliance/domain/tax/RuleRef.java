package dev.meridian.compliance.domain.tax;

/** Names the exact rule version a result came from, so any figure can be traced back to its data. */
public record RuleRef(String id, int version) {

    @Override
    public String toString() {
        return id + " v" + version;
    }
}
