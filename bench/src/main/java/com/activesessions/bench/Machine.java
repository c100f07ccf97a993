package com.activesessions.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on, and how busy the machine was (it is shared). */
final class Machine {

    private Machine() {}

    /** The one-minute load average. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static String description() {
        long ramMb = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    ramMb = Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException ignored) {
            // left unknown
        }
        return String.format(
                "%d cores (nproc), %,d MB RAM, Linux %s, JDK %s (%s)",
                Runtime.getRuntime().availableProcessors(),
                ramMb,
                System.getProperty("os.version"),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"));
    }
}
