package com.activesessions.it.http;

import com.activesessions.it.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP/1.1 written byte for byte on a socket to the test server, for what an HTTP client library
 * refuses to send (a backslash in a path, a header without a colon) or sends its own way (a body in
 * chunks, without a length, that the test wants to watch being read).
 */
final class RawHttp {

    private static final int CHUNK_BYTES = 64 * 1024;

    private RawHttp() {}

    /**
     * An answer as it came: its status line, its headers by lower-case name, its body (after the
     * server closed the connection), how long after the request's first byte its status line came,
     * and how many bytes of the request's body had been handed to the network by then.
     */
    record Answer(
            String statusLine,
            Map<String, List<String>> headers,
            String body,
            long millisToAnswer,
            long bodyBytesSent) {

        int status() {
            return Integer.parseInt(statusLine.split(" ")[1]);
        }

        List<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }

    /** Sends the request's head as written (the Host header and Connection: close are added), no body. */
    static Answer send(String requestLine, String... headers) throws IOException {
        URI base = TestServer.baseUri();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            long start = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            out.write(head(requestLine, List.of(headers)));
            out.flush();
            return read(socket.getInputStream(), start, new AtomicLong());
        }
    }

    /**
     * Sends the request with a body of {@code totalBytes} in chunks of 64 KiB, each {@code chunk}
     * repeated (the first one {@code opening}), from a thread of its own, while this one waits for
     * the answer: a server that answers before reading the body whole is seen to.
     */
    static Answer sendChunked(String requestLine, List<String> headers, byte[] opening, byte[] chunk, long totalBytes)
            throws IOException, InterruptedException {
        URI base = TestServer.baseUri();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            List<String> chunked = new ArrayList<>(headers);
            chunked.add("Transfer-Encoding: chunked");
            AtomicLong sent = new AtomicLong();
            long start = System.nanoTime();
            Thread writer =
                    new Thread(() -> writeChunks(socket, head(requestLine, chunked), opening, chunk, totalBytes, sent));
            writer.setDaemon(true);
            writer.start();
            try {
                return read(socket.getInputStream(), start, sent);
            } finally {
                socket.close();
                writer.join(10_000);
            }
        }
    }

    private static void writeChunks(
            Socket socket, byte[] head, byte[] opening, byte[] chunk, long totalBytes, AtomicLong sent) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(head);
            for (byte[] next = opening; sent.get() < totalBytes; next = chunk) {
                int length = (int) Math.min(next.length, totalBytes - sent.get());
                out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(next, 0, length);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                sent.addAndGet(length);
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException closedByTheServerOrTheTest) {
            // The server answered and closed, or the test has its answer: nothing more to send.
        }
    }

    /** Whole chunks of one byte repeated, for {@link #sendChunked}. */
    static byte[] filler(char character) {
        byte[] chunk = new byte[CHUNK_BYTES];
        Arrays.fill(chunk, (byte) character);
        return chunk;
    }

    private static byte[] head(String requestLine, List<String> headers) {
        StringBuilder head = new StringBuilder(requestLine).append("\r\n");
        head.append("Host: ").append(TestServer.baseUri().getAuthority()).append("\r\n");
        headers.forEach(header -> head.append(header).append("\r\n"));
        head.append("Connection: close\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Answer read(InputStream in, long start, AtomicLong sent) throws IOException {
        String statusLine = line(in);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long sentThen = sent.get();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.computeIfAbsent(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), h -> new ArrayList<>())
                    .add(header.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            in.transferTo(body);
        } catch (IOException resetAfterTheAnswer) {
            // what came before the reset is the body
        }
        String bytes = body.toString(StandardCharsets.ISO_8859_1);
        if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            bytes = dechunked(bytes);
        }
        String text = new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return new Answer(statusLine, headers, text, millis, sentThen);
    }

    private static String dechunked(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int length = Integer.parseInt(
                    chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (length == 0) {
                break;
            }
            body.append(chunked, lineEnd + 2, Math.min(chunked.length(), lineEnd + 2 + length));
            at = lineEnd + 2 + length + 2;
        }
        return body.toString();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
