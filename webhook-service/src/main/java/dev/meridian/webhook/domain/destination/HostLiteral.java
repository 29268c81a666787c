package dev.meridian.webhook.domain.destination;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads a host that is an address literal in any notation a resolver or browser would accept, so that none of them
 * slips past the guard as a "name": dotted IPv4, one to four parts in decimal, octal ({@code 0177.0.0.1}) or hex
 * ({@code 0x7f000001}), the plain number {@code 2130706433}, and IPv6 (with or without brackets, zone ids, embedded
 * IPv4 such as {@code ::ffff:127.0.0.1}).
 */
public final class HostLiteral {

    private HostLiteral() {
    }

    /** The address bytes (4 or 16) when {@code host} is a literal; empty when it is a name to resolve. */
    public static Optional<byte[]> parseLiteral(String host) {
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.indexOf(':') >= 0) {
            return ipv6(h);
        }
        return ipv4(h);
    }

    /** inet_aton rules: a.b.c.d, a.b.c (c 16 bits), a.b (b 24 bits), a (32 bits); each part decimal, 0 octal, 0x hex. */
    static Optional<byte[]> ipv4(String h) {
        String[] parts = h.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Optional<Long> v = number(parts[i]);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            values[i] = v.get();
        }
        long address = 0;
        int n = parts.length;
        for (int i = 0; i < n - 1; i++) {
            if (values[i] > 255) {
                return Optional.empty();
            }
            address |= values[i] << (24 - 8 * i);
        }
        long last = values[n - 1];
        long lastMax = (1L << (8 * (5 - n))) - 1;
        if (last > lastMax) {
            return Optional.empty();
        }
        address |= last;
        return Optional.of(new byte[]{(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8),
                (byte) address});
    }

    private static Optional<Long> number(String part) {
        if (part.isEmpty() || part.length() > 12) {
            return Optional.empty();
        }
        try {
            if (part.startsWith("0x")) {
                return part.length() == 2 ? Optional.of(0L) : Optional.of(Long.parseLong(part.substring(2), 16));
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return Optional.of(Long.parseLong(part.substring(1), 8));
            }
            if (!part.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(part));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<byte[]> ipv6(String h) {
        int zone = h.indexOf('%');
        if (zone >= 0) {
            h = h.substring(0, zone);
        }
        byte[] out = new byte[16];
        String head = "";
        String tail = h;
        int gap = h.indexOf("::");
        if (gap >= 0) {
            if (h.indexOf("::", gap + 1) >= 0) {
                return Optional.empty();
            }
            head = h.substring(0, gap);
            tail = h.substring(gap + 2);
        }
        Optional<int[]> headGroups = groups(head, false);
        Optional<int[]> tailGroups = groups(tail, true);
        if (headGroups.isEmpty() || tailGroups.isEmpty()) {
            return Optional.empty();
        }
        int[] a = headGroups.get();
        int[] b = tailGroups.get();
        if (gap < 0 ? a.length + b.length != 8 : a.length + b.length > 7) {
            return Optional.empty();
        }
        for (int i = 0; i < a.length; i++) {
            out[2 * i] = (byte) (a[i] >> 8);
            out[2 * i + 1] = (byte) a[i];
        }
        for (int i = 0; i < b.length; i++) {
            int at = 8 - b.length + i;
            out[2 * at] = (byte) (b[i] >> 8);
            out[2 * at + 1] = (byte) b[i];
        }
        return Optional.of(out);
    }

    /** Hex groups; the last group of the tail (the end of the address) may be a dotted IPv4 (two groups). */
    private static Optional<int[]> groups(String part, boolean atEnd) {
        if (part.isEmpty()) {
            return Optional.of(new int[0]);
        }
        String[] items = part.split(":", -1);
        String lastItem = items[items.length - 1];
        byte[] v4 = null;
        if (lastItem.indexOf('.') >= 0) {
            if (!atEnd) {
                return Optional.empty();
            }
            String[] octets = lastItem.split("\\.", -1);
            if (octets.length != 4) {
                return Optional.empty();
            }
            v4 = new byte[4];
            for (int i = 0; i < 4; i++) {
                if (octets[i].isEmpty() || octets[i].length() > 3 || !octets[i].chars().allMatch(Character::isDigit)) {
                    return Optional.empty();
                }
                int o = Integer.parseInt(octets[i]);
                if (o > 255) {
                    return Optional.empty();
                }
                v4[i] = (byte) o;
            }
        }
        int hexCount = items.length - (v4 == null ? 0 : 1);
        int[] out = new int[hexCount + (v4 == null ? 0 : 2)];
        for (int i = 0; i < hexCount; i++) {
            String g = items[i];
            if (g.isEmpty() || g.length() > 4 || !g.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return Optional.empty();
            }
            out[i] = Integer.parseInt(g, 16);
        }
        if (v4 != null) {
            out[hexCount] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
            out[hexCount + 1] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
        }
        return Optional.of(out);
    }
}
