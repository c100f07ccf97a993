package com.activesessions.places.infrastructure;

import com.activesessions.places.domain.Location;
import com.activesessions.places.domain.Locations;
import com.activesessions.shared.application.RefreshedSetting;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.File;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * {@link Locations} from the IP database named by {@value #DATABASE}: one file in MaxMind's DB format, or
 * several separated by commas (an IPv4 and an IPv6 file), asked in that order. Not set: no place for any
 * address, and nothing else changes. A file that cannot be read is logged once and treated as not set.
 *
 * <p>The setting is read at most once a second, so that a new database applies without a redeploy; the old one
 * is closed then, and its cache goes with it.
 */
@ApplicationScoped
public class MaxMindLocations implements Locations {

    public static final String DATABASE = "activesessions.geoip.database";

    static final Credit DB_IP = new Credit("IP Geolocation by DB-IP", "https://db-ip.com");

    private static final Logger LOG = Logger.getLogger(MaxMindLocations.class.getName());

    private final RefreshedSetting<String> setting;
    private volatile String openedFor = "";
    private MaxMindDatabase database;

    /** For the CDI container's proxy. */
    protected MaxMindLocations() {
        this.setting = null;
    }

    @Inject
    public MaxMindLocations(Config config, Clock clock) {
        this.setting = new RefreshedSetting<>(
                clock, () -> config.getOptionalValue(DATABASE, String.class).orElse(""));
    }

    @Override
    public Optional<Location> of(String address) {
        return Optional.ofNullable(database()).flatMap(found -> found.of(address));
    }

    @Override
    public boolean enabled() {
        return database() != null;
    }

    /** DB-IP's, for DB-IP's files (named dbip-… by DB-IP and ip-location-db alike); none asked for otherwise. */
    @Override
    public Optional<Credit> credit() {
        return enabled() && openedFor.toLowerCase(Locale.ROOT).contains("dbip") ? Optional.of(DB_IP) : Optional.empty();
    }

    private synchronized MaxMindDatabase database() {
        String files = setting.get().strip();
        if (!Objects.equals(files, openedFor)) {
            close();
            openedFor = files;
            database = files.isEmpty() ? null : open(files);
        }
        return database;
    }

    private static MaxMindDatabase open(String files) {
        List<File> paths = Arrays.stream(files.split(","))
                .map(String::strip)
                .filter(path -> !path.isEmpty())
                .map(File::new)
                .toList();
        try {
            return new MaxMindDatabase(paths);
        } catch (UncheckedIOException e) {
            LOG.log(
                    Level.WARNING,
                    "No places are shown: " + DATABASE + " names " + paths
                            + ", which cannot be read as MaxMind DB files",
                    e);
            return null;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
