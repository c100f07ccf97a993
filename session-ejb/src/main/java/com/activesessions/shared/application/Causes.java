package com.activesessions.shared.application;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What lies behind a failure: containers wrap an exception (EJB, EL, Faces, JPA) before it reaches
 * the code that answers it, so the one that says what happened is found among the causes.
 */
public final class Causes {

    private Causes() {}

    /** Whether the failure, or any of its causes, is such; a chain that loops is read once. */
    public static boolean anyMatch(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
