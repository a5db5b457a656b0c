package dev.hydra.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.extract.Ipv4Host;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The private-address rule on addresses as values: every address here is built from its bytes or parsed as a literal;
 * nothing is looked up and nothing is connected to.
 */
class PrivateAddressesTest {

    private static final PrivateAddresses DEFAULT = new PrivateAddresses(false, List.of());

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, loopback",
        "127.255.0.9, loopback",
        "10.0.0.5, private",
        "172.16.0.1, private",
        "172.31.255.255, private",
        "192.168.1.1, private",
        "100.64.0.1, shared address space (100.64.0.0/10)",
        "100.127.255.254, shared address space (100.64.0.0/10)",
        "169.254.169.254, link-local",
        "0.0.0.0, unspecified",
        "224.0.0.1, multicast",
        "255.255.255.255, reserved"
    })
    void ipv4RangesAreNamed(String dotted, String range) throws UnknownHostException {
        assertEquals(range, PrivateAddresses.rangeOf(InetAddress.getByAddress(Ipv4Host.parse(dotted))));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "8.8.8.8",
                "172.15.255.255",
                "172.32.0.0",
                "100.63.255.255",
                "100.128.0.0",
                "11.0.0.1",
                "192.169.0.1",
                "169.253.0.1",
                "223.255.255.255"
            })
    void publicIpv4IsNotPrivate(String dotted) throws UnknownHostException {
        assertNull(PrivateAddresses.rangeOf(InetAddress.getByAddress(Ipv4Host.parse(dotted))));
    }

    @ParameterizedTest
    @CsvSource({
        "'[::1]', loopback",
        "'[::]', unspecified",
        "'[fc00::1]', 'private (unique local, fc00::/7)'",
        "'[fd12:3456::1]', 'private (unique local, fc00::/7)'",
        "'[fe80::1]', link-local",
        "'[ff02::1]', multicast",
        "'[::ffff:127.0.0.2]', loopback",
        "'[::ffff:7f00:2]', loopback",
        "'[::ffff:a9fe:a9fe]', link-local",
        "'[::127.0.0.1]', loopback",
        "'[64:ff9b::a00:5]', private",
        "'[2002:c0a8:101::1]', private"
    })
    void ipv6LiteralsAndTheIpv4InsideThemAreJudged(String literal, String range) {
        InetAddress address = PrivateAddresses.literal(literal);
        assertNotNull(address, literal + " is an address, read without a lookup");
        assertEquals(range, PrivateAddresses.rangeOf(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[2001:db8::1]", "[2606:4700::1111]", "[64:ff9b::808:808]"})
    void publicIpv6IsNotPrivate(String literal) {
        assertNull(PrivateAddresses.rangeOf(PrivateAddresses.literal(literal)));
    }

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, 127.0.0.1",
        "127.1, 127.0.0.1",
        "127.0.1, 127.0.0.1",
        "2130706433, 127.0.0.1",
        "2130706434, 127.0.0.2",
        "127.2, 127.0.0.2",
        "0x7f.1, 127.0.0.1",
        "0X7F.0X1, 127.0.0.1",
        "017700000001, 127.0.0.1",
        "0177.0.0.01, 127.0.0.1",
        "0x7f000001, 127.0.0.1",
        "0xa9.0xfe.0xa9.0xfe, 169.254.169.254",
        "169.254.43518, 169.254.169.254",
        "0, 0.0.0.0",
        "0x, 0.0.0.0",
        "127.0.0.1., 127.0.0.1"
    })
    void everyBrowserSpellingOfAnIpv4AddressIsRead(String host, String dotted) {
        byte[] bytes = Ipv4Host.parse(host);
        assertNotNull(bytes, host);
        assertEquals(dotted, Ipv4Host.dotted(bytes));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "example.org",
                "a.invalid",
                "1.2.3.4.5",
                "256.0.0.1",
                "127.0.0.256",
                "127.16777216",
                "4294967296",
                "0x1g",
                "08",
                "1.2.3.x",
                "1..2",
                "localhost"
            })
    void namesAndNumbersNoBrowserReadsAreNoIpv4Address(String host) {
        assertNull(Ipv4Host.parse(host), host);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://localhost/",
                "http://LOCALHOST:8080/x",
                "http://app.localhost/",
                "http://127.1/",
                "http://2130706433/",
                "http://0x7f.1/",
                "http://017700000001/",
                "http://[::1]:80/",
                "http://[::ffff:127.0.0.1]/",
                "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.5/admin",
                "http://user@192.168.0.1:81/"
            })
    void urlsOfPrivateHostsAreRefusedWithoutALookup(String url) {
        String why = DEFAULT.refusalWithoutLookup(URI.create(url));
        assertNotNull(why, url);
        assertTrue(why.contains("checkPrivateAddresses"), "the reason says how to check it: " + why);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.invalid/", "https://93.184.215.14/", "http://[2001:db8::1]/"})
    void namesAndPublicAddressesAreNotRefusedByTheirText(String url) {
        assertNull(DEFAULT.refusalWithoutLookup(URI.create(url)));
    }

    @Test
    void checkPrivateAddressesLiftsTheRule() {
        PrivateAddresses all = new PrivateAddresses(true, List.of());
        assertNull(all.refusalWithoutLookup(URI.create("http://127.0.0.2:8080/")));
        assertTrue(all.isAllowed(URI.create("http://169.254.169.254/")));
    }

    @Test
    void anAllowedHostIsCheckedOnAnyPortOrOnlyOnItsOwn() {
        PrivateAddresses rule = new PrivateAddresses(false, List.of("localhost", "127.0.0.1:8080"));
        assertNull(rule.refusalWithoutLookup(URI.create("http://localhost:9000/")));
        assertNull(rule.refusalWithoutLookup(URI.create("http://127.0.0.1:8080/a")));
        assertNotNull(rule.refusalWithoutLookup(URI.create("http://127.0.0.1:8081/a")));
        assertNotNull(rule.refusalWithoutLookup(URI.create("http://127.1:8080/a")), "another spelling is another host");
    }

    @Test
    void aNameIsJudgedOnEveryAddressItResolvesTo() throws UnknownHostException {
        InetAddress publicOne = InetAddress.getByAddress("docs.example", new byte[] {93, (byte) 184, (byte) 215, 14});
        InetAddress metadata =
                InetAddress.getByAddress("docs.example", new byte[] {(byte) 169, (byte) 254, (byte) 169, (byte) 254});
        assertNull(DEFAULT.refusalOfResolved("docs.example", new InetAddress[] {publicOne}));
        String why = DEFAULT.refusalOfResolved("docs.example", new InetAddress[] {publicOne, metadata});
        assertNotNull(why);
        assertTrue(why.contains("169.254.169.254") && why.contains("link-local"), why);
    }

    @Test
    void anIpv4MappedAddressFromItsBytesIsJudgedAsItsIpv4() throws UnknownHostException {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 10;
        mapped[15] = 5;
        assertEquals("private", PrivateAddresses.rangeOf(InetAddress.getByAddress(mapped)));
        assertArrayEquals(
                new byte[] {127, 0, 0, 1}, PrivateAddresses.literal("0x7f.1").getAddress());
    }
}
