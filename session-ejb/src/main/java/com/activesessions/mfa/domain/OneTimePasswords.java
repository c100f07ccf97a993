package com.activesessions.mfa.domain;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords as every authenticator app computes them (RFC 6238: HMAC-SHA-1,
 * 30-second steps, 6 digits). A port: the application names what it needs, and the algorithm stays
 * in infrastructure. The step a code matched is what the caller keeps, so that the same code is
 * never accepted twice.
 */
public interface OneTimePasswords {

    /**
     * The time step whose code the typed one is, within one step either way of the instant (a clock
     * a little off). The answer's timing does not tell which step, or whether any, matched.
     *
     * @return the matching step, or empty if the code is none of them (or not 6 digits)
     */
    OptionalLong matchingStep(byte[] secret, String typed, Instant now);
}
