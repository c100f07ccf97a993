package com.activesessions.places.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class IpAddressesTest {

    @Test
    void theLoopbackOfIPv6ReadsAsPeopleWriteIt() {
        assertEquals("::1", IpAddresses.readable("0:0:0:0:0:0:0:1"));
    }

    @Test
    void anIPv6AddressLosesItsLongestRunOfZerosAndItsLeadingZeros() {
        assertEquals("2001:db8::1", IpAddresses.readable("2001:0DB8:0000:0000:0000:0000:0000:0001"));
        assertEquals("2001:db8:0:1:1:1:1:1", IpAddresses.readable("2001:db8:0:1:1:1:1:1"));
        assertEquals("2001:db8::1:0:0:1", IpAddresses.readable("2001:db8:0:0:1:0:0:1"));
        assertEquals("fe80::", IpAddresses.readable("fe80:0:0:0:0:0:0:0"));
        assertEquals("::", IpAddresses.readable("0:0:0:0:0:0:0:0"));
    }

    @Test
    void anIPv4MappedAddressReadsAsTheIPv4AddressItIs() {
        assertEquals("203.0.113.7", IpAddresses.readable("::ffff:203.0.113.7"));
        assertEquals("203.0.113.7", IpAddresses.readable("0:0:0:0:0:ffff:cb00:7107"));
    }

    @Test
    void anIPv4AddressStaysAsItIs() {
        assertEquals("203.0.113.7", IpAddresses.readable("203.0.113.7"));
    }

    @Test
    void whatIsNoAddressIsLeftAsItIsAndNeverLookedUp() {
        assertEquals("localhost", IpAddresses.readable("localhost"));
        assertEquals("<script>", IpAddresses.readable("<script>"));
        assertEquals("", IpAddresses.readable(""));
        assertNull(IpAddresses.readable((String) null));
    }

    @Test
    void aWordOfHexDigitsOrAnIPv4AddressOutOfRangeIsNoAddress() {
        for (String notAnAddress : new String[] {"cafe", "dead.beef", "999.1.1.1", "1.2.3", "1.2.3.4.5", "1::2::3"}) {
            assertTrue(IpAddresses.parse(notAnAddress).isEmpty(), notAnAddress);
            assertEquals(notAnAddress, IpAddresses.readable(notAnAddress));
        }
    }

    @Test
    void privateLoopbackAndLinkLocalAddressesAreTheLocalNetwork() throws Exception {
        for (String local : new String[] {
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "127.0.0.1",
            "169.254.1.1",
            "100.64.0.1",
            "::1",
            "fe80::1",
            "fd00::1"
        }) {
            assertTrue(IpAddresses.isLocalNetwork(InetAddress.getByName(local)), local);
        }
        for (String public_ : new String[] {"8.8.8.8", "100.128.0.1", "2001:4860:4860::8888"}) {
            assertFalse(IpAddresses.isLocalNetwork(InetAddress.getByName(public_)), public_);
        }
    }
}
