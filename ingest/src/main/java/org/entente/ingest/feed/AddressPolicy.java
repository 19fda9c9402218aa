package org.entente.ingest.feed;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Which hosts the fetcher may connect to: every address a name resolves to must be public. Refused: loopback,
 * unspecified, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16, fe80::/10) — which holds
 * the cloud metadata endpoint 169.254.169.254 — carrier-grade NAT (100.64/10), multicast, and well-known metadata
 * host names.
 */
final class AddressPolicy {
    private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal", "metadata", "metadata.azure.com",
            "instance-data", "instance-data.ec2.internal");

    private AddressPolicy() {}

    static void check(String host, boolean allowPrivate) throws FetchRefusedException {
        if (host == null || host.isBlank()) {
            throw new FetchRefusedException(FetchRefusedException.Reason.BAD_URL, "no host");
        }
        final String h = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|\\]$", "");
        if (allowPrivate) {
            return;
        }
        if (METADATA_HOSTS.contains(h) || h.equals("localhost") || h.endsWith(".localhost") || h.endsWith(".internal")) {
            throw new FetchRefusedException(FetchRefusedException.Reason.PRIVATE_ADDRESS, host + " is a local or metadata name");
        }
        final InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(h);
        } catch (UnknownHostException e) {
            throw new FetchRefusedException(FetchRefusedException.Reason.UNRESOLVABLE, host);
        }
        for (InetAddress a : addresses) {
            if (!isPublic(a)) {
                throw new FetchRefusedException(FetchRefusedException.Reason.PRIVATE_ADDRESS,
                        host + " resolves to " + a.getHostAddress());
            }
        }
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        final byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            final int first = b[0] & 0xFF;
            final int second = b[1] & 0xFF;
            return !(first == 0 || first == 127 || (first == 100 && second >= 64 && second < 128)
                    || (first == 169 && second == 254) || (first == 192 && second == 0 && (b[2] & 0xFF) == 0)
                    || first >= 224);
        }
        if (a instanceof Inet6Address) {
            final int first = b[0] & 0xFF;
            if ((first & 0xFE) == 0xFC) {
                return false; // unique local fc00::/7
            }
            // IPv4-mapped ::ffff:a.b.c.d: judge the IPv4 address
            boolean mapped = b[10] == (byte) 0xFF && b[11] == (byte) 0xFF;
            for (int i = 0; i < 10 && mapped; i++) {
                mapped = b[i] == 0;
            }
            if (mapped) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
