package dev.meridian.webhook.domain.destination;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses a webhook may connect to (the SSRF guard). Applied to every address a host resolves to, at
 * connect time: loopback, private, link-local, unique-local, shared (CGNAT), multicast, documentation, benchmarking,
 * reserved and unspecified blocks are refused, and IPv6 forms that embed an IPv4 address (mapped, compatible,
 * NAT64) are judged by that address. Blocks in the allow-list (configuration, for local development) pass.
 */
public final class DestinationPolicy {

    private record Block(Cidr cidr, String reason) {
    }

    private static final List<Block> V4 = List.of(
            block("0.0.0.0/8", "unspecified or 'this network' address"),
            block("10.0.0.0/8", "private address"),
            block("100.64.0.0/10", "shared (CGNAT) address"),
            block("127.0.0.0/8", "loopback address"),
            block("169.254.0.0/16", "link-local address"),
            block("172.16.0.0/12", "private address"),
            block("192.0.0.0/24", "IETF protocol assignment"),
            block("192.0.2.0/24", "documentation address"),
            block("192.88.99.0/24", "6to4 relay address"),
            block("192.168.0.0/16", "private address"),
            block("198.18.0.0/15", "benchmarking address"),
            block("198.51.100.0/24", "documentation address"),
            block("203.0.113.0/24", "documentation address"),
            block("224.0.0.0/4", "multicast address"),
            block("240.0.0.0/4", "reserved or broadcast address"));

    private static final List<Block> V6 = List.of(
            block("::/128", "unspecified address"),
            block("::1/128", "loopback address"),
            block("64:ff9b:1::/48", "local-use NAT64 address"),
            block("100::/64", "discard-only address"),
            block("2001::/23", "IETF protocol assignment (Teredo, benchmarking, ORCHID)"),
            block("2001:db8::/32", "documentation address"),
            block("2002::/16", "6to4 address"),
            block("3fff::/20", "documentation address"),
            block("5f00::/16", "segment routing (SRv6) address"),
            block("fc00::/7", "unique-local address"),
            block("fe80::/10", "link-local address"),
            block("fec0::/10", "site-local address"),
            block("ff00::/8", "multicast address"));

    private static final Cidr MAPPED = Cidr.parse("::ffff:0:0/96");
    private static final Cidr COMPATIBLE = Cidr.parse("::/96");
    private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");

    private final List<Cidr> allowed;

    public DestinationPolicy(List<Cidr> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    public static DestinationPolicy strict() {
        return new DestinationPolicy(List.of());
    }

    /** Empty when the address may be connected to; else why not. */
    public Optional<String> refusal(byte[] address) {
        if (isAllowed(address)) {
            return Optional.empty();
        }
        if (address.length == 4) {
            return refusalV4(address);
        }
        if (address.length != 16) {
            return Optional.of("not an IP address");
        }
        for (Block block : V6) {
            if (block.cidr().contains(address)) {
                return Optional.of(block.reason());
            }
        }
        if (MAPPED.contains(address) || COMPATIBLE.contains(address) || NAT64.contains(address)) {
            byte[] v4 = Arrays.copyOfRange(address, 12, 16);
            return isAllowed(v4) ? Optional.empty()
                    : refusalV4(v4).map(reason -> reason + " (embedded in an IPv6 address)");
        }
        return Optional.empty();
    }

    private boolean isAllowed(byte[] address) {
        return allowed.stream().anyMatch(c -> c.contains(address));
    }

    private static Optional<String> refusalV4(byte[] address) {
        return V4.stream().filter(b -> b.cidr().contains(address)).map(Block::reason).findFirst();
    }

    private static Block block(String cidr, String reason) {
        return new Block(Cidr.parse(cidr), reason);
    }
}
