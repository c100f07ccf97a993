package com.activesessions.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time the server has used, from {@code /proc}: of the whole process, and of its request threads
 * alone (Payara's {@code http-thread-pool}, where the tracking filter runs). Taken around each round
 * of item 1, it gives the server's CPU per request of each mode, a figure that the machine's drift in
 * throughput does not move as much.
 */
final class ServerCpu {

    /** Linux reports CPU times in clock ticks of 1/100 s (USER_HZ). */
    private static final double MILLIS_PER_TICK = 10;
    /** A thread's name as /proc keeps it: its first 15 characters. */
    private static final String REQUEST_THREAD = "http-thread-poo";

    private final Path process;

    /** CPU milliseconds so far. */
    record Reading(double processMillis, double requestThreadMillis) {

        Reading since(Reading earlier) {
            return new Reading(
                    processMillis - earlier.processMillis, requestThreadMillis - earlier.requestThreadMillis);
        }
    }

    ServerCpu(long pid) {
        this.process = Path.of("/proc", Long.toString(pid));
    }

    Reading read() {
        double requestThreads = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(process.resolve("task"))) {
            for (Path task : tasks) {
                String[] stat = stat(task);
                if (stat != null && stat[1].startsWith("(" + REQUEST_THREAD)) {
                    requestThreads += ticks(stat);
                }
            }
            return new Reading(ticks(stat(process)) * MILLIS_PER_TICK, requestThreads * MILLIS_PER_TICK);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the server's CPU time under " + process, e);
        }
    }

    /** utime + stime: fields 14 and 15 of stat(5), counted after the name in parentheses. */
    private static long ticks(String[] stat) {
        return Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
    }

    /** The fields of a stat file, the name (which may hold spaces) kept as one; null if the thread ended. */
    private static String[] stat(Path task) {
        try {
            String line = Files.readString(task.resolve("stat"));
            int close = line.lastIndexOf(')');
            String[] rest = line.substring(close + 2).split(" ");
            String[] fields = new String[rest.length + 2];
            fields[0] = line.substring(0, line.indexOf(' '));
            fields[1] = line.substring(line.indexOf(' ') + 1, close + 1);
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return fields;
        } catch (IOException e) {
            return null;
        }
    }
}
