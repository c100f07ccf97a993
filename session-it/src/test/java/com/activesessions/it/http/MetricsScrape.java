package com.activesessions.it.http;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One reading of {@code /metrics} in the OpenMetrics text format, as Prometheus reads it: samples by name and labels. */
final class MetricsScrape {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{([^}]*)\\})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"([^\"]*)\"");

    /** One line of figures: a metric's name, its labels and its value. */
    record Sample(String name, Map<String, String> labels, double value) {}

    private final String text;
    private final List<Sample> samples;

    private MetricsScrape(String text) {
        this.text = text;
        this.samples = text.lines()
                .map(SAMPLE::matcher)
                .filter(Matcher::matches)
                .map(line -> new Sample(line.group(1), labels(line.group(2)), Double.parseDouble(line.group(3))))
                .toList();
    }

    static MetricsScrape of(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("/metrics answered " + response.statusCode() + ": " + response.body());
        }
        return new MetricsScrape(response.body());
    }

    /**
     * The value of the sample of that name whose labels include the given ones (name, value, name,
     * value…); 0 while there is none, since a metric appears at its first use.
     */
    double value(String name, String... labels) {
        Map<String, String> wanted = new HashMap<>();
        for (int i = 0; i + 1 < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        List<Sample> found = samples(sample -> sample.name().equals(name)
                && !sample.labels().containsKey("quantile")
                && sample.labels().entrySet().containsAll(wanted.entrySet()));
        if (found.size() > 1) {
            throw new AssertionError("More than one sample " + name + " " + wanted + " in:\n" + text);
        }
        return found.isEmpty() ? 0 : found.get(0).value();
    }

    List<Sample> samples(Predicate<Sample> which) {
        return samples.stream().filter(which).toList();
    }

    @Override
    public String toString() {
        return text;
    }

    private static Map<String, String> labels(String labels) {
        Map<String, String> parsed = new HashMap<>();
        if (labels != null) {
            Matcher label = LABEL.matcher(labels);
            while (label.find()) {
                parsed.put(label.group(1), label.group(2));
            }
        }
        return parsed;
    }
}
