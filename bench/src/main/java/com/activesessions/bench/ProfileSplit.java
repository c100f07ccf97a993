package com.activesessions.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;
import com.activesessions.sessions.interfaces.tracking.SessionTracker;

/**
 * Item 1's profile, split by mode: the JFR samples of the server's request threads, assigned to the
 * blocks of the run by the times the bench logged, per request and mode; and, of them, those inside
 * the tracking filter ({@code SessionTracker.admit}) by what it called. The throughput ratio does not
 * resolve a few per cent on a shared machine; the samples inside the filter do.
 *
 * <p>{@code java -cp bench/target/classes com.activesessions.bench.ProfileSplit
 * build/bench/sections/item-1.jfr <the output of bench/run>}
 */
public final class ProfileSplit {

    private static final String FILTER = "com.activesessions.sessions.interfaces.tracking.SessionTracker.admit";
    private static final Pattern STARTED = Pattern.compile("item 1, round \\d+, tracking (\\w+): (\\S+) from (\\S+)");
    private static final Pattern ENDED =
            Pattern.compile("item 1, round \\d+, tracking (\\w+): (\\S+), (\\d+) requests.*, until (\\S+)");

    private record Block(Instant start, Instant end, String mode, long requests) {}

    /** Samples, of them inside the filter, and requests. */
    private static final class Counts {
        long samples;
        long inFilter;
        long requests;
    }

    private ProfileSplit() {}

    public static void main(String[] args) throws IOException {
        List<Block> blocks = blocks(Files.readAllLines(Path.of(args[1])));
        Map<String, Counts> byMode = new TreeMap<>();
        blocks.forEach(b -> byMode.computeIfAbsent(b.mode(), k -> new Counts()).requests += b.requests());
        Map<String, Long> filterCallees = new TreeMap<>();
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent sample = recording.readEvent();
                if (!sample.getEventType().getName().equals("jdk.ExecutionSample") || !requestThread(sample)) {
                    continue;
                }
                Block block = blockAt(blocks, sample.getStartTime());
                if (block == null) {
                    continue;
                }
                Counts counts = byMode.get(block.mode());
                counts.samples++;
                List<RecordedFrame> frames = sample.getStackTrace() == null
                        ? List.of()
                        : sample.getStackTrace().getFrames();
                for (int i = 0; i < frames.size(); i++) {
                    if (name(frames.get(i)).equals(FILTER)) {
                        counts.inFilter++;
                        String callee = i == 0 ? "(the filter itself)" : name(frames.get(i - 1));
                        filterCallees.merge(block.mode().replaceAll(".* \\| ", "") + ": " + callee, 1L, Long::sum);
                        break;
                    }
                }
            }
        }
        byMode.forEach((mode, c) -> System.out.printf(
                "%s: %d samples, %d in the filter, %d requests; %.2f samples and %.3f in the filter per 1,000 requests%n",
                mode,
                c.samples,
                c.inFilter,
                c.requests,
                1000.0 * c.samples / c.requests,
                1000.0 * c.inFilter / c.requests));
        System.out.println("What the filter called, with tracking on and off (samples):");
        filterCallees.forEach((callee, n) -> System.out.printf("  %s %d%n", callee, n));
    }

    /** The blocks of the run, from the lines the bench printed when each began and ended. */
    private static List<Block> blocks(List<String> log) {
        List<Block> blocks = new ArrayList<>();
        Instant start = null;
        for (String line : log) {
            Matcher started = STARTED.matcher(line);
            Matcher ended = ENDED.matcher(line);
            if (started.find()) {
                start = Instant.parse(started.group(3));
            } else if (ended.find() && start != null) {
                String mode = ended.group(2).replaceAll("\\?.*", "") + " | tracking "
                        + (Boolean.parseBoolean(ended.group(1)) ? "on" : "off");
                blocks.add(new Block(start, Instant.parse(ended.group(4)), mode, Long.parseLong(ended.group(3))));
            }
        }
        return blocks;
    }

    private static Block blockAt(List<Block> blocks, Instant at) {
        return blocks.stream()
                .filter(b -> !at.isBefore(b.start()) && at.isBefore(b.end()))
                .findFirst()
                .orElse(null);
    }

    private static boolean requestThread(RecordedEvent sample) {
        RecordedThread thread = sample.getThread("sampledThread");
        return thread != null
                && thread.getJavaName() != null
                && thread.getJavaName().startsWith("http-thread-pool");
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
