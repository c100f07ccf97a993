package com.activesessions.sessions.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The events a service fires, kept in order for a test to read; nothing observes them. */
final class FiredEvents<T> implements Event<T> {

    private final List<T> fired = new ArrayList<>();

    List<T> fired() {
        return List.copyOf(fired);
    }

    @Override
    public void fire(T event) {
        fired.add(event);
    }

    // ---------------------------------------------------------------- not needed by these tests

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
        throw unsupported();
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        throw unsupported();
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
        throw unsupported();
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw unsupported();
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("not needed by these tests");
    }
}
