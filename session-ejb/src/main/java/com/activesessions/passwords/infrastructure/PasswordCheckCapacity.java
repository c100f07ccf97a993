package com.activesessions.passwords.infrastructure;

import com.activesessions.passwords.domain.PasswordChecksBusyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Bounds the password checks that run at once. A check is slow on purpose (PBKDF2, a core for a
 * fraction of a second); when sign-ins arrive faster than the cores can hash them, letting them all
 * in would queue every request of the server behind them, signed-in people's pages included, until
 * connections time out and sign-ins complete for clients that have given up. Beyond the bound a
 * hash (of a sign-in, a sign-up, a password change or any other form that checks a password) waits a
 * moment for its turn; then its caller is asked to come back a few seconds later
 * ({@link PasswordChecksBusyException}). Only the hash holds a turn, not the database reads
 * around it. The bound and the wait are settings read at each check.
 */
@ApplicationScoped
public class PasswordCheckCapacity {

    static final String CONCURRENT_CHECKS = "activesessions.sign-in.concurrent-password-checks";
    static final String WAIT_MILLIS = "activesessions.sign-in.busy-wait-millis";
    static final String BUSY_SIGN_INS = "activesessions.sign-ins.busy";

    private static final int DEFAULT_WAIT_MILLIS = 1000;

    private final AdjustableSemaphore permits = new AdjustableSemaphore();

    @Inject
    private Config config;

    @Inject
    private MetricRegistry metrics;

    /** A turn to check a password; closing it gives the turn back. */
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Waits for a turn, at most the configured wait.
     *
     * @return the turn, or nothing if the server is checking as many passwords as it may
     */
    public Optional<Turn> take() {
        permits.resize(setting(CONCURRENT_CHECKS, Runtime.getRuntime().availableProcessors(), 1));
        try {
            if (permits.tryAcquire(setting(WAIT_MILLIS, DEFAULT_WAIT_MILLIS, 0), TimeUnit.MILLISECONDS)) {
                return Optional.of(permits::release);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        metrics.counter(Metadata.builder()
                        .withName(BUSY_SIGN_INS)
                        .withDescription("Password checks (sign-ins, and any other form or call that checks or"
                                + " hashes a password) asked to come back because the server was checking as many"
                                + " passwords as it may at once")
                        .build())
                .inc();
        return Optional.empty();
    }

    /** A value below the lowest, or not a number, is read as the default: a typo never locks everyone out. */
    private int setting(String name, int defaultValue, int lowest) {
        try {
            int value = config.getOptionalValue(name, Integer.class).orElse(defaultValue);
            return value < lowest ? defaultValue : value;
        } catch (IllegalArgumentException notANumber) {
            return defaultValue;
        }
    }

    /** A semaphore whose number of permits follows a setting; turns taken before a change are kept. */
    static final class AdjustableSemaphore extends Semaphore {

        private static final long serialVersionUID = 1L;
        private int size;

        AdjustableSemaphore() {
            super(0, true);
        }

        synchronized void resize(int newSize) {
            if (newSize > size) {
                release(newSize - size);
            } else if (newSize < size) {
                reducePermits(size - newSize);
            }
            size = newSize;
        }
    }
}
