package com.activesessions.places.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses as people write them: IPv6 compressed as RFC 5952 says ({@code ::1}, {@code 2001:db8::1}, lower
 * case), an IPv4-mapped IPv6 address as the IPv4 address it is. The servlet container hands out IPv6 in full
 * ({@code 0:0:0:0:0:0:0:1}), a proxy's X-Forwarded-For in whatever form it likes; what is stored and shown is
 * this one form, so that an address reads, sorts and matches the same wherever it came from.
 *
 * <p>Only literals are parsed: a host name is never looked up.
 */
public final class IpAddresses {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    /** With a colon, InetAddress takes it as an IPv6 literal or refuses it: it never asks DNS. */
    private static final Pattern IPV6 = Pattern.compile("(?=.*:)[0-9A-Fa-f.:]{2,45}");

    private IpAddresses() {}

    /** The address as people write it; anything that is not an address literal, unchanged (null stays null). */
    public static String readable(String address) {
        return parse(address).map(IpAddresses::readable).orElse(address);
    }

    /** The address as people write it. */
    public static String readable(InetAddress address) {
        if (address instanceof Inet6Address) {
            return compressed(address.getAddress());
        }
        return address.getHostAddress();
    }

    /**
     * The address of a literal: IPv4 as four decimal numbers, or IPv6 in any form; empty for anything else. Never
     * a DNS lookup: InetAddress.getByName asks DNS for whatever it cannot parse, and a header's "cafe" or
     * "999.1.1.1" would be looked up, so IPv4 is parsed here and only what has a colon goes to it.
     */
    public static Optional<InetAddress> parse(String address) {
        if (address == null) {
            return Optional.empty();
        }
        Matcher ipv4 = IPV4.matcher(address);
        if (ipv4.matches()) {
            return ipv4(ipv4);
        }
        if (!IPV6.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static Optional<InetAddress> ipv4(Matcher parts) {
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int part = Integer.parseInt(parts.group(i + 1));
            if (part > 255) {
                return Optional.empty();
            }
            bytes[i] = (byte) part;
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("Four bytes are always an IPv4 address", e);
        }
    }

    /**
     * Whether the address can only be on the network the server is on, or one like it: private (RFC 1918,
     * IPv6 unique local), loopback, link-local, or unspecified. No database knows where those are.
     */
    public static boolean isLocalNetwork(InetAddress address) {
        return address.isLoopbackAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isAnyLocalAddress()
                || isUniqueLocal(address)
                || isSharedAddressSpace(address);
    }

    /** fc00::/7, IPv6's private addresses, which Java's isSiteLocalAddress (the retired fec0::/10) does not know. */
    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** 100.64.0.0/10, the carrier-grade NAT range (RFC 6598): never routed on the internet either. */
    private static boolean isSharedAddressSpace(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }

    /** RFC 5952: the longest run of two or more zero groups (the first of equal ones) becomes "::". */
    private static String compressed(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int start = 0; start < 8; start++) {
            int length = 0;
            while (start + length < 8 && groups[start + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = start;
                bestLength = length;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
