package com.activesessions.places.infrastructure;

import com.activesessions.places.domain.IpAddresses;
import com.activesessions.places.domain.Location;
import com.maxmind.db.Reader;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One or more files in MaxMind's DB format, read with MaxMind's reader, memory-mapped: the place of an address
 * is the first file's answer that has one (a database may come as one file for IPv4 and one for IPv6, as DB-IP
 * Lite does through ip-location-db). Two schemas are read: GeoIP2's ({@code country.iso_code},
 * {@code city.names.en}) and ip-location-db's flat one ({@code country_code}, {@code city}).
 *
 * <p>Each answer, known or not, is kept in a cache of the {@value #CACHED} addresses asked last, so that a
 * repeated address costs one map read.
 */
final class MaxMindDatabase implements Closeable {

    static final int CACHED = 10_000;

    private final List<Reader> readers;
    private final Map<InetAddress, Optional<Location>> cache =
            Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<InetAddress, Optional<Location>> eldest) {
                    return size() > CACHED;
                }
            });

    /** @throws UncheckedIOException if a file cannot be read as a MaxMind DB: nothing is left open then */
    MaxMindDatabase(List<File> files) {
        List<Reader> opened = new ArrayList<>();
        try {
            for (File file : files) {
                opened.add(new Reader(file, Reader.FileMode.MEMORY_MAPPED));
            }
        } catch (IOException e) {
            closeAll(opened);
            throw new UncheckedIOException("Cannot read the IP database " + files, e);
        }
        this.readers = List.copyOf(opened);
    }

    Optional<Location> of(String address) {
        return IpAddresses.parse(address).flatMap(this::of);
    }

    private Optional<Location> of(InetAddress address) {
        if (IpAddresses.isLocalNetwork(address)) {
            return Optional.of(Location.LOCAL_NETWORK);
        }
        Optional<Location> cached = cache.get(address);
        if (cached != null) {
            return cached;
        }
        try {
            Optional<Location> found = lookUp(address);
            cache.put(address, found);
            return found;
        } catch (IOException e) {
            // A file replaced or closed under the reader (the setting changed): unknown this time, asked again next.
            return Optional.empty();
        }
    }

    private Optional<Location> lookUp(InetAddress address) throws IOException {
        for (Reader reader : readers) {
            Optional<Location> found = lookUp(reader, address);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Optional<Location> lookUp(Reader reader, InetAddress address) throws IOException {
        if (address.getAddress().length == 16 && reader.getMetadata().ipVersion() == 4) {
            return Optional.empty();
        }
        Map<String, Object> record = reader.get(address, Map.class);
        return Optional.ofNullable(record).flatMap(MaxMindDatabase::location);
    }

    /** GeoIP2's schema or ip-location-db's; a record without a country places nothing. */
    private static Optional<Location> location(Map<String, Object> record) {
        String country = text(record.get("country_code"))
                .or(() -> nested(record, "country").flatMap(c -> text(c.get("iso_code"))))
                .orElse(null);
        if (country == null) {
            return Optional.empty();
        }
        String city = text(record.get("city"))
                .or(() ->
                        nested(record, "city").flatMap(c -> nested(c, "names")).flatMap(names -> text(names.get("en"))))
                .orElse(null);
        return Optional.of(new Location(city, country));
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> nested(Map<String, Object> record, String key) {
        return record.get(key) instanceof Map<?, ?> map ? Optional.of((Map<String, Object>) map) : Optional.empty();
    }

    private static Optional<String> text(Object value) {
        return value instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    @Override
    public void close() {
        closeAll(readers);
    }

    private static void closeAll(List<Reader> readers) {
        for (Reader reader : readers) {
            try {
                reader.close();
            } catch (IOException e) {
                // Closing a memory-mapped file frees nothing that can fail; there is nothing to do.
            }
        }
    }
}
