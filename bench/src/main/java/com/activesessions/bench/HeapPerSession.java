package com.activesessions.bench;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Item 5: the server's heap per signed-in, tracked session. Used heap after a full collection
 * ({@code jcmd GC.run}, then {@code GC.heap_info}) before and after signing in so many sessions,
 * divided by their number; the class histogram tells what the product's own objects take of it.
 */
final class HeapPerSession {

    private static final Pattern USED = Pattern.compile("garbage-first heap\\s+total \\d+K, used (\\d+)K");
    private static final Pattern HISTOGRAM_ROW =
            Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);

    private final long pid;

    HeapPerSession(long pid) {
        this.pid = pid;
    }

    /** Used heap, in bytes, after a full collection. */
    long usedAfterFullGc() throws InterruptedException {
        jcmd("GC.run");
        Thread.sleep(1000);
        jcmd("GC.run");
        Matcher used = USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("GC.heap_info names no G1 heap");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    /** Instances and bytes of the classes so named, from the live-object histogram. */
    long[] histogram(Predicate<String> className) {
        long instances = 0;
        long bytes = 0;
        Matcher row = HISTOGRAM_ROW.matcher(jcmd("GC.class_histogram"));
        while (row.find()) {
            if (className.test(row.group(3))) {
                instances += Long.parseLong(row.group(1));
                bytes += Long.parseLong(row.group(2));
            }
        }
        return new long[] {instances, bytes};
    }

    private String jcmd(String command) {
        return Command.run(List.of("jcmd", Long.toString(pid), command));
    }
}
