package dev.meridian.webhook.client;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Name → addresses (blocking: called on a worker thread). A seam so tests can make a name resolve anywhere. */
@FunctionalInterface
public interface HostResolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;

    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));
}
