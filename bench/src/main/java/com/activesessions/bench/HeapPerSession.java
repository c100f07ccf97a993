package com.activesessions.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Item 5: the server's heap per signed-in, tracked session, from the live-object class histogram
 * ({@code jcmd GC.class_histogram}, which runs a full collection first) before and after signing in
 * so many sessions. The histogram's total counts live objects only, where the used heap after a
 * collection moves with caches and regions by more than 10,000 sessions take; the difference class by
 * class tells what a session is made of.
 */
final class HeapPerSession {

    private static final Pattern HISTOGRAM_ROW =
            Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);

    private final long pid;

    HeapPerSession(long pid) {
        this.pid = pid;
    }

    /** The live objects of each class, at one moment. */
    record Histogram(Map<String, long[]> classes) {

        long bytes() {
            return classes.values().stream().mapToLong(c -> c[1]).sum();
        }

        /** Instances and bytes of the classes so named. */
        long[] of(Predicate<String> className) {
            long instances = 0;
            long bytes = 0;
            for (Map.Entry<String, long[]> c : classes.entrySet()) {
                if (className.test(c.getKey())) {
                    instances += c.getValue()[0];
                    bytes += c.getValue()[1];
                }
            }
            return new long[] {instances, bytes};
        }

        /** Bytes and instances each class gained since the earlier histogram (negative where it lost). */
        Map<String, long[]> since(Histogram earlier) {
            Map<String, long[]> gained = new HashMap<>();
            classes.forEach((name, now) -> {
                long[] then = earlier.classes.getOrDefault(name, new long[2]);
                gained.put(name, new long[] {now[0] - then[0], now[1] - then[1]});
            });
            earlier.classes.forEach((name, then) -> gained.putIfAbsent(name, new long[] {-then[0], -then[1]}));
            return gained;
        }
    }

    /**
     * The live objects after a full collection; taken twice, and the second kept, so that what the
     * first collection's reference processing freed is gone too.
     */
    Histogram live() throws InterruptedException {
        jcmd("GC.class_histogram");
        Thread.sleep(1000);
        Map<String, long[]> classes = new HashMap<>();
        Matcher row = HISTOGRAM_ROW.matcher(jcmd("GC.class_histogram"));
        while (row.find()) {
            classes.merge(
                    row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))}, (a, b) ->
                            new long[] {a[0] + b[0], a[1] + b[1]});
        }
        if (classes.isEmpty()) {
            throw new IllegalStateException("GC.class_histogram gave no classes");
        }
        return new Histogram(classes);
    }

    private String jcmd(String command) {
        return Command.run(List.of("jcmd", Long.toString(pid), command));
    }
}
