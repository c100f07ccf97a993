package com.activesessions.shared.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * The settings an operator would give with {@code asadmin set-config-property}, held in a map, for
 * tests of the rules that read them. Values are converted as MicroProfile Config converts them: an
 * unreadable number fails with {@link IllegalArgumentException}.
 */
public final class MapConfig implements Config {

    private final Map<String, String> values = new HashMap<>();

    /** A setting changed on the running server. */
    public MapConfig set(String name, Object value) {
        values.put(name, String.valueOf(value));
        return this;
    }

    @Override
    public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
        return Optional.ofNullable(values.get(name)).map(value -> convert(value, type));
    }

    @Override
    public <T> T getValue(String name, Class<T> type) {
        return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
    }

    private static <T> T convert(String value, Class<T> type) {
        Object converted;
        if (type == String.class) {
            converted = value;
        } else if (type == Integer.class || type == int.class) {
            converted = Integer.valueOf(value.trim());
        } else if (type == Long.class || type == long.class) {
            converted = Long.valueOf(value.trim());
        } else if (type == Boolean.class || type == boolean.class) {
            converted = Boolean.valueOf(value.trim());
        } else {
            throw new UnsupportedOperationException("No converter to " + type + " in this fake");
        }
        @SuppressWarnings("unchecked")
        T typed = (T) converted;
        return typed;
    }

    @Override
    public ConfigValue getConfigValue(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<String> getPropertyNames() {
        return Set.copyOf(values.keySet());
    }

    @Override
    public Iterable<ConfigSource> getConfigSources() {
        return List.of();
    }

    @Override
    public <T> Optional<Converter<T>> getConverter(Class<T> type) {
        return Optional.empty();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new IllegalArgumentException("Nothing to unwrap in a fake");
    }
}
