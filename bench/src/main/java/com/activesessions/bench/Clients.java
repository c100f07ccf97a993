package com.activesessions.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs clients side by side, each on its own thread, each timing its own calls; the percentiles are
 * exact, over every call of every client.
 */
final class Clients {

    /** One client's work, which times each of its calls. */
    interface Work {
        void run(int client, Timer timer);
    }

    /** One client's times, kept without sharing. */
    static final class Timer {

        private long[] nanos = new long[4096];
        private int count;

        /** Records a call that started at this {@link System#nanoTime()} and has just ended. */
        void since(long startNanos) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = System.nanoTime() - startNanos;
        }
    }

    /** Every call's time, sorted, and how long the clients ran. */
    record Result(long[] sortedNanos, double seconds) {

        long calls() {
            return sortedNanos.length;
        }

        /** The p-th percentile, in the unit given as nanoseconds per unit. */
        long percentile(double p, long nanosPerUnit) {
            if (sortedNanos.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / nanosPerUnit;
        }
    }

    private Clients() {}

    static Result run(int clients, Work work) throws InterruptedException {
        List<Timer> timers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Timer timer = new Timer();
            timers.add(timer);
            Thread thread = new Thread(() -> work.run(client, timer));
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] all = timers.stream()
                .flatMapToLong(timer -> Arrays.stream(timer.nanos, 0, timer.count))
                .sorted()
                .toArray();
        return new Result(all, seconds);
    }
}
