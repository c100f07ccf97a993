package com.activesessions.sessions.application;

import com.activesessions.sessions.domain.SessionAccess;
import com.activesessions.sessions.domain.SessionIdHash;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Returns accesses taken out of the {@link LastAccessBuffer} to it if the transaction that was to
 * write them does not commit (the database stopped, or went away mid-write), so that the next
 * flush, or the next end of the session, writes them: a fault of the database loses no access.
 */
final class PutBackUnlessCommitted implements Synchronization {

    private static final Logger LOG = Logger.getLogger(PutBackUnlessCommitted.class.getName());

    private final LastAccessBuffer buffer;
    private final Map<SessionIdHash, SessionAccess> taken;

    private PutBackUnlessCommitted(LastAccessBuffer buffer, Map<SessionIdHash, SessionAccess> taken) {
        this.buffer = buffer;
        this.taken = taken;
    }

    /** Puts the accesses back unless the transaction in progress commits; outside one, nothing would write them. */
    static void register(
            TransactionSynchronizationRegistry transaction,
            LastAccessBuffer buffer,
            Map<SessionIdHash, SessionAccess> taken) {
        if (transaction.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transaction.registerInterposedSynchronization(new PutBackUnlessCommitted(buffer, taken));
        }
    }

    @Override
    public void beforeCompletion() {
        // nothing to do before the outcome is known
    }

    @Override
    public void afterCompletion(int status) {
        if (status != Status.STATUS_COMMITTED) {
            buffer.putBack(taken);
            LOG.warning(() ->
                    "Could not write the accesses of " + taken.size() + " sessions; they are kept for the next flush");
        }
    }
}
