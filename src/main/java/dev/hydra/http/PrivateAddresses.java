package dev.hydra.http;

import dev.hydra.extract.Ipv4Host;
import dev.hydra.extract.ServerAuthority;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one rule that keeps link checks off addresses a public page has no business making a build probe: loopback,
 * private (RFC 1918, 100.64.0.0/10, fc00::/7), link-local (169.254.0.0/16, fe80::/10, where cloud metadata lives),
 * unspecified, multicast and reserved. A host is judged as the address a browser reads it as (every IPv4 spelling,
 * IPv6 literals, IPv4 inside IPv6) and, for a name, by every address it resolves to. Allowed hosts (the check's own
 * site, {@code allowedPrivateHosts}) and {@code checkPrivateAddresses} lift the rule.
 */
public final class PrivateAddresses {

    private final boolean checkAll;
    private final Set<String> allowedHosts;

    /**
     * @param checkAll whether every address is checked (the rule is off)
     * @param allowedHosts hosts ({@code localhost}) or hosts with port ({@code localhost:8080}) always checked
     */
    public PrivateAddresses(boolean checkAll, Collection<String> allowedHosts) {
        this.checkAll = checkAll;
        this.allowedHosts = allowedHosts.stream()
                .map(host -> host.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the rule is off for this URL: all addresses are checked, or its host is allowed. */
    public boolean isAllowed(URI uri) {
        if (checkAll) {
            return true;
        }
        ServerAuthority authority = ServerAuthority.of(uri);
        return authority != null
                && (allowedHosts.contains(authority.host())
                        || allowedHosts.contains(authority.host() + ":" + portOf(uri, authority)));
    }

    /**
     * Why a URL is not checked, told from its host alone (an address, {@code localhost}), or null: it is allowed,
     * public, or a name whose addresses only a lookup tells.
     */
    public String refusalWithoutLookup(URI uri) {
        if (isAllowed(uri)) {
            return null;
        }
        ServerAuthority authority = ServerAuthority.of(uri);
        if (authority == null) {
            return null;
        }
        if (isLocalhostName(authority.host())) {
            return refusal(authority.host(), "loopback");
        }
        InetAddress address = literal(authority.host());
        String range = address == null ? null : rangeOf(address);
        return range == null ? null : refusal(authority.host(), range);
    }

    /** Why a name is not checked, judged on every address it resolves to; null when they are all public. */
    public String refusalOfResolved(String host, InetAddress[] addresses) {
        for (InetAddress address : addresses) {
            String range = rangeOf(address);
            if (range != null) {
                return refusal(host + " (" + address.getHostAddress() + ")", range);
            }
        }
        return null;
    }

    /** Whether a host needs a lookup to be judged: a name other than {@code localhost}. */
    public static boolean isName(String host) {
        return !isLocalhostName(host) && literal(host) == null;
    }

    /**
     * The address a host stands for without any lookup, or null for a name: an IPv4 address in any spelling a browser
     * reads, or a bracketed IPv6 literal.
     */
    public static InetAddress literal(String host) {
        try {
            byte[] ipv4 = Ipv4Host.parse(host);
            if (ipv4 != null) {
                return InetAddress.getByAddress(ipv4);
            }
            if (host.startsWith("[") && host.endsWith("]") && host.indexOf(':') > 0) {
                return InetAddress.getByName(host); // an IPv6 literal: parsed, never looked up
            }
            return null;
        } catch (UnknownHostException e) {
            return null; // not an address after all: a malformed literal, which the client rejects in its turn
        }
    }

    /** The range an address belongs to when the rule keeps checks off it, or null for a public address. */
    public static String rangeOf(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 16) {
            byte[] embedded = embeddedIpv4(bytes);
            if (embedded != null) {
                return rangeOfIpv4(embedded);
            }
            return rangeOfIpv6(address, bytes);
        }
        return rangeOfIpv4(bytes);
    }

    private static String rangeOfIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 127) {
            return "loopback";
        }
        if (first == 10 || (first == 172 && (second & 0xf0) == 16) || (first == 192 && second == 168)) {
            return "private";
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return "shared address space (100.64.0.0/10)";
        }
        if (first == 169 && second == 254) {
            return "link-local";
        }
        if (first == 0) {
            return "unspecified";
        }
        if (first >= 224 && first <= 239) {
            return "multicast";
        }
        if (first >= 240) {
            return "reserved";
        }
        return null;
    }

    private static String rangeOfIpv6(InetAddress address, byte[] b) {
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return "private (unique local, fc00::/7)";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "site-local";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        return null;
    }

    /**
     * The IPv4 address inside an IPv6 one that stands for it: IPv4-compatible ({@code ::7f00:1}), IPv4-mapped (which
     * Java already turns into IPv4), NAT64 ({@code 64:ff9b::/96}) and 6to4 ({@code 2002::/16}); else null.
     */
    private static byte[] embeddedIpv4(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0 && (b[12] != 0 || b[13] != 0);
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        if (mapped || compatible || nat64) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return new byte[] {b[2], b[3], b[4], b[5]};
        }
        return null;
    }

    private static boolean isLocalhostName(String host) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        return name.equals("localhost") || name.endsWith(".localhost"); // RFC 6761: always loopback
    }

    private static String refusal(String host, String range) {
        return "not checked: " + host + " is a private address (" + range + "), which a public page cannot mean for its"
                + " readers and a build must not probe (set checkPrivateAddresses, or list the host in allowedPrivateHosts,"
                + " to check it)";
    }

    private static int portOf(URI uri, ServerAuthority authority) {
        if (authority.port() >= 0) {
            return authority.port();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
