package com.activesessions.sessions.interfaces.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private static final Set<String> PROXIES = Set.of("10.0.0.2", "10.0.0.3");

    @Test
    void behindATrustedProxyTheClientIsTheNearestUntrustedAddress() {
        assertEquals("203.0.113.7", ClientAddresses.clientBehind("203.0.113.7", PROXIES, "10.0.0.2"));
        assertEquals(
                "203.0.113.7",
                ClientAddresses.clientBehind("198.51.100.1, 203.0.113.7, 10.0.0.3", PROXIES, "10.0.0.2"));
    }

    @Test
    void aForgedFirstHopIsNotBelieved() {
        assertEquals("203.0.113.7", ClientAddresses.clientBehind("6.6.6.6, 203.0.113.7", PROXIES, "10.0.0.2"));
    }

    @Test
    void aHeaderThatIsNotAnAddressFallsBackToThePeer() {
        assertEquals("10.0.0.2", ClientAddresses.clientBehind("<script>alert(1)</script>", PROXIES, "10.0.0.2"));
        assertEquals("10.0.0.2", ClientAddresses.clientBehind(null, PROXIES, "10.0.0.2"));
        assertEquals("10.0.0.2", ClientAddresses.clientBehind("10.0.0.3", PROXIES, "10.0.0.2"));
    }

    @Test
    void aProxyWrittenAsPeopleWriteItIsTrustedWhenTheContainerGivesItsAddressInFull() {
        assertTrue(ClientAddresses.isTrusted("0:0:0:0:0:0:0:1", Set.of("::1")));
        assertEquals("203.0.113.7", ClientAddresses.clientBehind("203.0.113.7, 0:0:0:0:0:0:0:1", Set.of("::1"), "::1"));
    }
}
