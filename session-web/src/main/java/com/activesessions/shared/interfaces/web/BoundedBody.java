package com.activesessions.shared.interfaces.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a request body that came without a length (in chunks), but never more than a limit and
 * one byte: a body past the limit is known to be too large after that many bytes, however large
 * it is, and the rest is never read.
 */
final class BoundedBody {

    private static final int BUFFER_BYTES = 8 * 1024;

    private BoundedBody() {}

    /** The whole body, or nothing when it is longer than {@code maxBytes}. */
    static Optional<byte[]> read(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER_BYTES];
        long allowed = maxBytes + 1;
        int read;
        while (allowed > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, allowed))) >= 0) {
            body.write(buffer, 0, read);
            allowed -= read;
        }
        return body.size() > maxBytes ? Optional.empty() : Optional.of(body.toByteArray());
    }
}
