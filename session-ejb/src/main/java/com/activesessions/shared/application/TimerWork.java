package com.activesessions.shared.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the work of a timer (the flush, the expiry sweep, retention) in a transaction of its own and
 * keeps its failure from the timer: Payara cancels a timer whose callback fails twice in a row
 * (EJB5119), so a database away for two intervals would stop that work until the next deployment.
 * The work fails, is logged, and runs again at the next interval. Work of many rows (the expiry
 * sweep) runs batch by batch, a transaction each.
 */
@Stateless
public class TimerWork {

    private static final Logger LOG = Logger.getLogger(TimerWork.class.getName());

    @Resource
    private SessionContext context;

    /** Runs the work; a failure rolls its transaction back and is logged, never thrown. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(String name, Runnable work) {
        guarded(name, () -> context.getBusinessObject(TimerWork.class).inTransaction(work));
    }

    /**
     * Runs work that makes a transaction of each of its batches itself (through the EJBs it calls);
     * a failure ends the work where it was, is logged, and is never thrown.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void runInBatches(String name, Runnable work) {
        guarded(name, work);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void inTransaction(Runnable work) {
        work.run();
    }

    private static void guarded(String name, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + " failed; it runs again at its next time", e);
        }
    }
}
