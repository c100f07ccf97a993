package com.activesessions.bench;

import java.util.Collection;
import java.util.function.ToDoubleFunction;

/** Medians of measured figures. */
final class Stats {

    private Stats() {}

    static <T> double median(Collection<T> figures, ToDoubleFunction<T> value) {
        double[] sorted = figures.stream().mapToDouble(value).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
