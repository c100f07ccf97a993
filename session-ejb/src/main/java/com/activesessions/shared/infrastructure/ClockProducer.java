package com.activesessions.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock the application reads time from, so that a test can set it. {@link Clock} is the
 * port, the JDK's own abstraction of time: application classes inject a {@code Clock} and never name
 * this producer, and a unit test hands them {@code Clock.fixed(...)} or a clock it moves.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    public Clock clock() {
        return Clock.systemUTC();
    }
}
