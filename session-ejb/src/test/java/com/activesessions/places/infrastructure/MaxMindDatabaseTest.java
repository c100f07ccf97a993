package com.activesessions.places.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.places.domain.Location;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Against the real database, DB-IP Lite as scripts/geoip.sh fetches it (pinned, so its answers hold): no mock
 * of MaxMind's reader.
 */
class MaxMindDatabaseTest {

    /** Where scripts/geoip.sh, run by the build before the tests, keeps the setting's value. */
    static final Path SETTING = Path.of("../build/geoip/database");

    private static MaxMindDatabase database;

    @BeforeAll
    static void openTheDownloadedDatabase() throws IOException {
        database = new MaxMindDatabase(downloaded());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    static List<File> downloaded() throws IOException {
        return Arrays.stream(Files.readString(SETTING).strip().split(","))
                .map(File::new)
                .toList();
    }

    @Test
    void aPublicIPv4AddressIsPlacedInItsCityAndCountry() {
        assertEquals(Optional.of(new Location("Mountain View", "US")), database.of("8.8.8.8"));
        assertEquals(
                "Mountain View, United States",
                database.of("8.8.8.8").orElseThrow().describe());
    }

    @Test
    void aPublicIPv6AddressIsPlacedFromTheIPv6File() {
        assertEquals(
                "Frankfurt am Main, Germany",
                database.of("2a00:1450:4001:82b::200e").orElseThrow().describe());
    }

    @Test
    void anIPv4MappedAddressIsPlacedAsItsIPv4Address() {
        assertEquals(database.of("8.8.8.8"), database.of("::ffff:8.8.8.8"));
    }

    @Test
    void aPrivateOrLoopbackAddressIsTheLocalNetwork() {
        assertEquals(Optional.of(Location.LOCAL_NETWORK), database.of("10.1.2.3"));
        assertEquals(Optional.of(Location.LOCAL_NETWORK), database.of("0:0:0:0:0:0:0:1"));
    }

    @Test
    void anAddressTheDatabaseDoesNotKnowHasNoPlace() {
        assertTrue(database.of("203.0.113.9").isEmpty(), "TEST-NET-3, for documentation only");
        assertTrue(database.of("2001:db8::1").isEmpty(), "IPv6's documentation prefix");
    }

    @Test
    void whatIsNoAddressHasNoPlace() {
        assertTrue(database.of("not-an-address").isEmpty());
        assertTrue(database.of((String) null).isEmpty());
    }

    @Test
    void aRepeatedAddressIsAnsweredFromTheCacheAsTheFirstTime() {
        Optional<Location> first = database.of("1.1.1.1");
        assertEquals(first, database.of("1.1.1.1"));
        assertEquals("Sydney, Australia", first.orElseThrow().describe());
    }

    @Test
    void aFileThatIsNoMaxMindDatabaseIsRefusedAtOpening() throws IOException {
        Path notADatabase = Files.createTempFile("not-an-ip-database", ".mmdb");
        try {
            Files.writeString(notADatabase, "hello");
            assertThrows(UncheckedIOException.class, () -> new MaxMindDatabase(List.of(notADatabase.toFile())));
        } finally {
            Files.delete(notADatabase);
        }
    }
}
