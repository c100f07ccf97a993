package com.activesessions.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * A JFR recording of the server during one item ({@code jcmd JFR.start}, default settings, low
 * overhead, on both modes alike), so that a missed target can be explained from the same run
 * ({@code jfr print --events jdk.ExecutionSample}).
 */
final class FlightRecording {

    private final long pid;
    private final String name;

    private FlightRecording(long pid, String name) {
        this.pid = pid;
        this.name = name;
    }

    static FlightRecording start(long pid, String name, Path file) {
        Command.run(List.of(
                "jcmd", Long.toString(pid), "JFR.start", "name=" + name, "settings=default", "filename=" + file));
        return new FlightRecording(pid, name);
    }

    /** Stops it; the recording is then in its file. */
    void stop() {
        Command.run(List.of("jcmd", Long.toString(pid), "JFR.stop", "name=" + name));
    }
}
