package org.commitmenttracker.notify.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which URLs webhooks may be sent to: absolute {@code http} or {@code https} URLs without user-info, whose host
 * resolves only to public addresses. Loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local
 * (169.254/16, fe80::/10), any-local and multicast addresses are refused, so that a webhook cannot be aimed at the
 * service's own network, unless the host, as written in the URL, is on the allow-list. So are shared address space
 * (100.64/10, where some clouds keep their metadata service) and the IPv4 inside IPv4-compatible and NAT64 IPv6
 * addresses. Checked when a webhook is registered, again before every attempt, and a third time on the addresses the
 * sender connects to ({@link #addressesToConnectTo}), since DNS answers can change in between.
 */
class WebhookAddressPolicy {

    /** Resolves a host name (or reads an IP literal) to its addresses. */
    @FunctionalInterface
    interface HostResolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowedHosts;
    private final HostResolver resolver;

    WebhookAddressPolicy(Collection<String> allowedHosts, HostResolver resolver) {
        this.allowedHosts = allowedHosts.stream().map(host -> host.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.resolver = resolver;
    }

    /** What is wrong with {@code url} as a webhook target, or empty if it may be used. */
    Optional<String> problemWith(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute http or https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return Optional.of("must be an absolute http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not contain user info");
        }
        String host = unbracketed(uri.getHost()).toLowerCase(Locale.ROOT);
        if (allowedHosts.contains(host)) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("host " + host + " cannot be resolved");
        }
        if (addresses.length == 0 || Arrays.stream(addresses).anyMatch(WebhookAddressPolicy::isForbidden)) {
            return Optional.of("must not point to a loopback, private, link-local or multicast address");
        }
        return Optional.empty();
    }

    /**
     * The addresses of {@code host} to connect to, for the sender's resolver: all of them when the host is allowed,
     * else only if none is forbidden.
     *
     * @throws UnknownHostException when the host cannot be resolved, or resolves to a forbidden address
     */
    InetAddress[] addressesToConnectTo(String host) throws UnknownHostException {
        String name = unbracketed(host).toLowerCase(Locale.ROOT);
        InetAddress[] addresses = resolver.resolve(name);
        if (!allowedHosts.contains(name)
                && (addresses.length == 0 || Arrays.stream(addresses).anyMatch(WebhookAddressPolicy::isForbidden))) {
            throw new UnknownHostException("address refused: " + name
                    + " resolves to a loopback, private, link-local or multicast address");
        }
        return addresses;
    }

    /** Whether an address is one that webhooks must not reach without the allow-list. */
    static boolean isForbidden(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        if (address instanceof Inet4Address) {
            byte[] bytes = address.getAddress();
            // 0.0.0.0/8 "this network"; 100.64.0.0/10 shared address space (carrier NAT, some metadata services)
            return bytes[0] == 0 || bytes[0] == 100 && (bytes[1] & 0xc0) == 64;
        }
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true; // fc00::/7, unique local
            }
            InetAddress embedded = embeddedIpv4(bytes);
            return embedded != null && isForbidden(embedded);
        }
        return false;
    }

    /**
     * The IPv4 address inside an IPv4-compatible ({@code ::a.b.c.d}) or NAT64 ({@code 64:ff9b::a.b.c.d}) address,
     * either of which can route to it. (IPv4-mapped addresses are read as IPv4 by the JDK already.)
     */
    private static InetAddress embeddedIpv4(byte[] ipv6) {
        boolean compatible = Arrays.equals(ipv6, 0, 12, new byte[12], 0, 12);
        boolean nat64 = Arrays.equals(ipv6, 0, 12, new byte[] {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0}, 0, 12);
        if (!compatible && !nat64) {
            return null;
        }
        try {
            return Inet4Address.getByAddress(Arrays.copyOfRange(ipv6, 12, 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("Four bytes are always an IPv4 address", e);
        }
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
