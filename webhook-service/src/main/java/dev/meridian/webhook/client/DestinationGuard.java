package dev.meridian.webhook.client;

import dev.meridian.webhook.domain.destination.DestinationPolicy;
import dev.meridian.webhook.domain.destination.HostLiteral;
import dev.meridian.webhook.domain.endpoint.EndpointUrl;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The SSRF guard at connect time: resolves the URL's host (an address literal in any notation is read, never looked
 * up), refuses the connection when any resolved address is internal, and returns the one address to connect to, so
 * the connection goes exactly where the check looked (no second lookup that DNS rebinding could answer differently).
 */
public final class DestinationGuard {

    /** Why a destination may not be connected to. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final DestinationPolicy policy;
    private final HostResolver resolver;
    private final boolean httpsOnly;

    public DestinationGuard(DestinationPolicy policy, HostResolver resolver, boolean httpsOnly) {
        this.policy = policy;
        this.resolver = resolver;
        this.httpsOnly = httpsOnly;
    }

    /** Blocking (DNS): call on a worker thread. */
    public InetAddress check(EndpointUrl url) throws Refused {
        if (httpsOnly && !url.https()) {
            throw new Refused("only https destinations are allowed");
        }
        String host = url.host();
        Optional<byte[]> literal = HostLiteral.parseLiteral(host);
        List<InetAddress> addresses;
        if (literal.isPresent()) {
            try {
                addresses = List.of(InetAddress.getByAddress(host, literal.get()));
            } catch (UnknownHostException e) {
                throw new Refused("not an address: " + host);
            }
        } else {
            try {
                addresses = resolver.resolve(host);
            } catch (UnknownHostException e) {
                throw new Refused("host " + host + " does not resolve");
            }
        }
        if (addresses.isEmpty()) {
            throw new Refused("host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = policy.refusal(address.getAddress());
            if (refusal.isPresent()) {
                throw new Refused("destination refused: " + host + " is a " + refusal.get() + " ("
                        + address.getHostAddress() + ")");
            }
        }
        return addresses.getFirst();
    }
}
