package com.activesessions.sessions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.sessions.domain.SessionAccess;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.shared.domain.RequestKind;
import java.time.Instant;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LastAccessBufferTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    private final LastAccessBuffer buffer = new LastAccessBuffer();

    @Test
    void manyRequestsOfOneSessionAreOneWriteKeepingTheLatestTimeAndTheCount() {
        SessionIdHash session = SessionIdHash.of("one");
        IntStream.range(0, 1_000).forEach(i -> buffer.note(session, T0.plusMillis(i)));

        Map<SessionIdHash, SessionAccess> batch = buffer.drain();

        assertEquals(Map.of(session, new SessionAccess(T0.plusMillis(999), 1_000, 0)), batch);
    }

    @Test
    void apiCallsCountAsRequestsAndStaticResourcesCountAsNeither() {
        SessionIdHash session = SessionIdHash.of("one");
        buffer.note(session, T0, RequestKind.PAGE);
        buffer.note(session, T0.plusSeconds(1), RequestKind.API_CALL);
        buffer.note(session, T0.plusSeconds(2), RequestKind.API_CALL);
        buffer.note(session, T0.plusSeconds(3), RequestKind.RESOURCE);

        assertEquals(new SessionAccess(T0.plusSeconds(3), 3, 2), buffer.drain().get(session));
    }

    @Test
    void takingOneSessionOutLeavesTheOthersForTheFlush() {
        SessionIdHash ending = SessionIdHash.of("ending");
        SessionIdHash staying = SessionIdHash.of("staying");
        buffer.note(ending, T0);
        buffer.note(staying, T0);

        assertEquals(1, buffer.take(ending).orElseThrow().requests());
        assertTrue(buffer.take(ending).isEmpty());
        assertEquals(Map.of(staying, new SessionAccess(T0, 1, 0)), buffer.drain());
    }

    @Test
    void anAccessNotedOutOfOrderNeverMovesTheTimeBack() {
        SessionIdHash session = SessionIdHash.of("one");
        buffer.note(session, T0.plusSeconds(10));
        buffer.note(session, T0);

        assertEquals(T0.plusSeconds(10), buffer.drain().get(session).lastAt());
    }

    @Test
    void aDrainTakesEverySessionOnceAndLeavesTheBufferEmpty() {
        IntStream.range(0, 50).forEach(i -> buffer.note(SessionIdHash.of("s" + i), T0));

        assertEquals(50, buffer.drain().size());
        assertTrue(buffer.drain().isEmpty());
        assertEquals(0, buffer.size());
    }

    @Test
    void noAccessIsLostWhileThreadsNoteAndDrainAtOnce() throws InterruptedException {
        int sessions = 200;
        Thread writer =
                new Thread(() -> IntStream.range(0, sessions).forEach(i -> buffer.note(SessionIdHash.of("s" + i), T0)));
        writer.start();
        Map<SessionIdHash, SessionAccess> drained = new java.util.HashMap<>(buffer.drain());
        writer.join();
        drained.putAll(buffer.drain());

        assertEquals(sessions, drained.size());
    }

    @Test
    void aBatchPutBackAfterAFailedFlushJoinsWhatWasNotedMeanwhile() {
        SessionIdHash session = SessionIdHash.of("one");
        buffer.note(session, T0, RequestKind.API_CALL);
        Map<SessionIdHash, SessionAccess> unwritten = buffer.drain();
        buffer.note(session, T0.plusSeconds(5));

        buffer.putBack(unwritten);

        assertEquals(Map.of(session, new SessionAccess(T0.plusSeconds(5), 2, 1)), buffer.drain());
    }
}
