package dev.meridian.webhook.domain.destination;

import java.util.Arrays;

/** An address block such as {@code 127.0.0.0/8} or {@code fc00::/7}, over raw address bytes (4 or 16). */
public record Cidr(byte[] network, int prefix) {

    public Cidr {
        if (network.length != 4 && network.length != 16 || prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("not a CIDR block");
        }
        network = network.clone();
    }

    /** Parses {@code a.b.c.d/n} or {@code v6::/n} (literal addresses only, never a name). */
    public static Cidr parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        byte[] address = HostLiteral.parseLiteral(slash < 0 ? trimmed : trimmed.substring(0, slash))
                .orElseThrow(() -> new IllegalArgumentException("not an address block: " + text));
        int prefix = slash < 0 ? address.length * 8 : Integer.parseInt(trimmed.substring(slash + 1));
        return new Cidr(address, prefix);
    }

    public boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (address[full] & mask) == (network[full] & mask);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr c && c.prefix == prefix && Arrays.equals(c.network, network);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(network) * 31 + prefix;
    }
}
