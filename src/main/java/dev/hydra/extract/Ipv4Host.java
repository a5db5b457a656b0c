package dev.hydra.extract;

import java.util.Locale;

/**
 * A URL host read as an IPv4 address the way browsers read it (the WHATWG URL Standard's IPv4 parser): one to four
 * dot-separated numbers, each decimal, octal (a leading {@code 0}) or hexadecimal ({@code 0x}), the last filling the
 * bytes the others leave. {@code 127.1}, {@code 2130706433}, {@code 0x7f.1} and {@code 017700000001} are all
 * {@code 127.0.0.1}. Java's own parsers read only some of these, so a link's host is judged by this reading.
 */
public final class Ipv4Host {

    private Ipv4Host() {}

    /**
     * The four bytes {@code host} stands for, or null when it is no IPv4 address (a name, or numbers a browser
     * rejects as a host).
     */
    public static byte[] parse(String host) {
        String text = host.toLowerCase(Locale.ROOT);
        if (text.endsWith(".") && text.length() > 1) {
            text = text.substring(0, text.length() - 1); // a browser ignores one trailing dot
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length > 4 || !endsInANumber(parts[parts.length - 1])) {
            return null;
        }
        long address = 0;
        for (int i = 0; i < parts.length; i++) {
            long value = number(parts[i]);
            boolean last = i == parts.length - 1;
            long limit = last ? 1L << (8 * (5 - parts.length)) : 256;
            if (value < 0 || value >= limit) {
                return null;
            }
            address = last ? address + value : address + (value << (8 * (3 - i)));
        }
        return new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
    }

    /** Whether {@code host} is an IPv4 address written otherwise than as four decimal bytes: {@code 127.1}. */
    public static boolean isUnusualSpelling(String host) {
        byte[] bytes = parse(host);
        return bytes != null && !dotted(bytes).equals(host);
    }

    /** The address as four decimal bytes: {@code 127.0.0.1}. */
    public static String dotted(byte[] bytes) {
        return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
    }

    private static boolean endsInANumber(String last) {
        if (last.isEmpty()) {
            return false;
        }
        if (last.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return true;
        }
        return last.startsWith("0x") && last.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    /** One part's value, or -1 when it is no number or too large for any part. */
    private static long number(String part) {
        int radix = 10;
        String digits = part;
        if (part.startsWith("0x")) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() > 1 && part.startsWith("0")) {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.isEmpty()) {
            return radix == 10 ? -1 : 0; // "0x" is 0; an empty part is no number
        }
        if (digits.length() > 12) {
            return -1; // beyond 2^32 in any radix here, and no overflow of a long
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = Character.digit(digits.charAt(i), radix);
            if (digit < 0) {
                return -1;
            }
            value = value * radix + digit;
        }
        return value;
    }
}
