package com.activesessions.shared.application;

import java.util.Optional;

/**
 * Whether the database answers now. A port: readiness and the error page ask it, to tell "the
 * database is away, try again" (503) from a fault of the application (500); the probe through the
 * application's pool stays in infrastructure.
 */
public interface DatabaseHealth {

    /** @return why the database does not answer, or empty if it does */
    Optional<String> problem();

    default boolean answers() {
        return problem().isEmpty();
    }

    /**
     * Whether a request failed because the database could not be reached: a connection failure
     * among its causes, or no answer now.
     */
    boolean unreachableBehind(Throwable failure);
}
