package com.activesessions.places.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * The approximate place of an address, as people read it: "Berlin, Germany", "Germany", or "Local network"
 * for an address no database can place (private, loopback, link-local). An IP database knows a city at best,
 * and is often wrong about that; it is shown as a hint, never relied on.
 *
 * @param city the city, if known; null otherwise
 * @param countryCode the country's ISO 3166-1 alpha-2 code; null only for the local network
 */
public record Location(String city, String countryCode) {

    public static final Location LOCAL_NETWORK = new Location(null, null);

    /** The longest text stored for one; longer ones are cut (no city name comes near). */
    public static final int MAX_LENGTH = 120;

    private static final String LOCAL_NETWORK_TEXT = "Local network";

    /** What Java names a code it does not know ("Unknown Region", ZZ being CLDR's code for that). */
    private static final String UNKNOWN_REGION = new Locale("", "ZZ").getDisplayCountry(Locale.ENGLISH);

    public Location {
        city = city == null || city.isBlank() ? null : city.strip();
        if (countryCode == null && city != null) {
            throw new IllegalArgumentException("A city is placed in a country");
        }
    }

    /** A place known by its country alone. */
    public static Location country(String countryCode) {
        return new Location(null, Objects.requireNonNull(countryCode, "A country needs its code"));
    }

    /** The country's name in English, or the code itself where Java knows no name for it. */
    public String countryName() {
        if (countryCode == null) {
            return null;
        }
        String name = new Locale("", countryCode).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() || name.equals(UNKNOWN_REGION) ? countryCode : name;
    }

    /** As the pages, the API and the exports show it. */
    public String describe() {
        if (countryCode == null) {
            return LOCAL_NETWORK_TEXT;
        }
        String text = city == null ? countryName() : city + ", " + countryName();
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
    }
}
