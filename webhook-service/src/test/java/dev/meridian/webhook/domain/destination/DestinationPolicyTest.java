package dev.meridian.webhook.domain.destination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DestinationPolicyTest {

    private final DestinationPolicy strict = DestinationPolicy.strict();

    private static byte[] literal(String host) {
        return HostLiteral.parseLiteral(host).orElseThrow(() -> new AssertionError(host + " is not read as a literal"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1", "2130706433", "0x7f000001", "0x7f.0.0.1", "0177.0.0.1",
            "017700000001", "[::1]", "::1", "[::ffff:127.0.0.1]", "::ffff:7f00:1", "[0:0:0:0:0:ffff:127.0.0.1]",
            "::127.0.0.1", "64:ff9b::7f00:1"})
    void loopback_is_refused_in_every_notation(String host) {
        assertThat(strict.refusal(literal(host))).hasValueSatisfying(r -> assertThat(r).contains("loopback"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
            "224.0.0.1", "240.0.0.1", "255.255.255.255", "198.18.0.1", "192.0.2.1", "[fc00::1]", "[fd12:3456::1]",
            "[fe80::1]", "[ff02::1]", "[::]", "[::ffff:10.0.0.1]", "[::ffff:169.254.169.254]", "[2001:db8::1]",
            "[2002:7f00:1::]", "0xa9.0xfe.0xa9.0xfe", "2852039166"})
    void internal_and_reserved_addresses_are_refused(String host) {
        assertThat(strict.refusal(literal(host))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "[2606:4700:4700::1111]", "[::ffff:8.8.8.8]"})
    void public_addresses_pass(String host) {
        assertThat(strict.refusal(literal(host))).isEmpty();
    }

    @Test
    void the_allow_list_opens_exactly_its_blocks() {
        var local = new DestinationPolicy(List.of(Cidr.parse("127.0.0.0/8")));
        assertThat(local.refusal(literal("127.0.0.1"))).isEmpty();
        assertThat(local.refusal(literal("[::ffff:127.0.0.1]"))).isEmpty();
        assertThat(local.refusal(literal("[::1]"))).isPresent();
        assertThat(local.refusal(literal("10.0.0.1"))).isPresent();
    }

    @Test
    void names_are_not_literals() {
        assertThat(HostLiteral.parseLiteral("localhost")).isEmpty();
        assertThat(HostLiteral.parseLiteral("erp.example.com")).isEmpty();
        assertThat(HostLiteral.parseLiteral("0x7g000001")).isEmpty();
        assertThat(HostLiteral.parseLiteral("256.1.1.1")).isEmpty();
    }
}
