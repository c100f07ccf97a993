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

    /** The place's text as stored and shown, or null: see {@link #of}. */
    default String describe(String address) {
        return of(address).map(Location::describe).orElse(null);
    }
}
