package com.activesessions.shared.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    private static final long LIMIT = 64 * 1024;

    @Test
    void aBodyUpToTheLimitIsReadWhole() throws IOException {
        byte[] atTheLimit = new byte[(int) LIMIT];
        atTheLimit[atTheLimit.length - 1] = 7;

        assertArrayEquals(
                atTheLimit,
                BoundedBody.read(new ByteArrayInputStream(atTheLimit), LIMIT).orElseThrow());
        assertArrayEquals(
                new byte[0],
                BoundedBody.read(new ByteArrayInputStream(new byte[0]), LIMIT).orElseThrow());
    }

    @Test
    void aBodyOneBytePastTheLimitIsTooLarge() throws IOException {
        assertTrue(BoundedBody.read(new ByteArrayInputStream(new byte[(int) LIMIT + 1]), LIMIT)
                .isEmpty());
    }

    @Test
    void anEndlessBodyIsReadNoFurtherThanTheLimitAndOneByte() throws IOException {
        Endless endless = new Endless();

        assertTrue(BoundedBody.read(endless, LIMIT).isEmpty());
        assertEquals(LIMIT + 1, endless.read);
    }

    /** A body that never ends, counting what was read of it. */
    private static final class Endless extends InputStream {

        private long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            read += length;
            return length;
        }
    }
}
