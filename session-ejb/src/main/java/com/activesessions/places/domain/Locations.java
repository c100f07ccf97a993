package com.activesessions.places.domain;

import java.util.Optional;

/**
 * Finds where an address is, as far as an IP database can tell. Asked when a session signs in and when an
 * event is recorded, never on every request; an implementation answers from memory after the first time.
 */
public interface Locations {

    /**
     * @param address an address literal, in any of its forms
     * @return its place; {@link Location#LOCAL_NETWORK} for a private, loopback or link-local address; empty when
     *     no database is configured, the address is no literal, or the database does not know it
     */
    Optional<Location> of(String address);

    /** Whether places are found at all: an IP database is configured and could be read. */
    boolean enabled();

    /**
     * The credit the database's licence asks for on every page that shows its places (DB-IP Lite's CC BY 4.0:
     * a link to DB-IP), if it asks for one.
     */
    Optional<Credit> credit();

    /**
     * A line of credit for the data.
     *
     * @param text what the link says
     * @param url where it goes
     */
    record Credit(String text, String url) {}
}
