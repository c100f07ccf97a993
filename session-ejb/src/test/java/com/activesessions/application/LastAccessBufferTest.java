package com.activesessions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.domain.model.SessionIdHash;
import java.time.Instant;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LastAccessBufferTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    private final LastAccessBuffer buffer = new LastAccessBuffer();

    @Test
    void manyRequestsOfOneSessionAreOneWriteKeepingTheLatestTime() {
        SessionIdHash session = SessionIdHash.of("one");
        IntStream.range(0, 1_000).forEach(i -> buffer.note(session, T0.plusMillis(i)));

        Map<SessionIdHash, Instant> batch = buffer.drain();

        assertEquals(Map.of(session, T0.plusMillis(999)), batch);
    }

    @Test
    void anAccessNotedOutOfOrderNeverMovesTheTimeBack() {
        SessionIdHash session = SessionIdHash.of("one");
        buffer.note(session, T0.plusSeconds(10));
        buffer.note(session, T0);

        assertEquals(T0.plusSeconds(10), buffer.drain().get(session));
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
        Map<SessionIdHash, Instant> drained = new java.util.HashMap<>(buffer.drain());
        writer.join();
        drained.putAll(buffer.drain());

        assertEquals(sessions, drained.size());
    }
}
