package com.activesessions.shared.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseProbeTest {

    @Test
    void aRequestThatFailedForALostConnectionIsTheDatabaseUnreachableEvenIfItIsBackByNow() {
        assertTrue(DatabaseProbe.isConnectionFailure(wrapped(new SQLException("refused", "08001"))));
        assertTrue(DatabaseProbe.isConnectionFailure(
                wrapped(new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseProbe.isConnectionFailure(wrapped(new SQLTransientConnectionException("timed out"))));
        assertTrue(DatabaseProbe.isConnectionFailure(wrapped(new SQLException(
                "Error in allocating a connection", new ResourceAllocationException("could not be allocated")))));
    }

    @Test
    void aFaultOfTheApplicationIsNotTakenForAnOutage() {
        assertFalse(DatabaseProbe.isConnectionFailure(wrapped(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseProbe.isConnectionFailure(wrapped(new SQLException("no state"))));
        assertFalse(DatabaseProbe.isConnectionFailure(new IllegalStateException("a bug")));
        assertFalse(DatabaseProbe.isConnectionFailure(null));
    }

    @Test
    void aCauseChainThatLoopsIsReadOnce() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertFalse(DatabaseProbe.isConnectionFailure(first));
    }

    /** As a Faces page or a REST call hands it to the error page: an EJB's exception around the driver's. */
    private static Throwable wrapped(Exception cause) {
        return new RuntimeException("jakarta.el.ELException", new EJBException(new RuntimeException(cause)));
    }
}
