package com.activesessions.places.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void aPlaceReadsAsItsCityAndCountry() {
        assertEquals("Frankfurt am Main, Germany", new Location("Frankfurt am Main", "DE").describe());
    }

    @Test
    void aPlaceWithoutACityReadsAsItsCountry() {
        assertEquals("Germany", Location.country("DE").describe());
        assertEquals("Germany", new Location(" ", "DE").describe());
    }

    @Test
    void theLocalNetworkReadsAsSuch() {
        assertEquals("Local network", Location.LOCAL_NETWORK.describe());
    }

    @Test
    void aCountryJavaCannotNameReadsAsItsCode() {
        assertEquals("ZZ", Location.country("ZZ").describe());
    }

    @Test
    void aCityIsAlwaysInACountry() {
        assertThrows(IllegalArgumentException.class, () -> new Location("Berlin", null));
    }
}
