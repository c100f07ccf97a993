package com.activesessions.sessions.domain;

/**
 * The orders in which an administrator may list sessions. Nothing else is sorted on: a name
 * from a request is looked up here, and never written into a query.
 */
public enum SessionSort {
    USER("user"),
    IP_ADDRESS("ip"),
    DEVICE("device"),
    STATUS("status"),
    CREATED_AT("created"),
    LAST_ACCESS_AT("lastAccess");

    private final String key;

    SessionSort(String key) {
        this.key = key;
    }

    /** The name a request uses, such as {@code created}. */
    public String key() {
        return key;
    }

    /**
     * @throws IllegalArgumentException if no order has that name
     */
    public static SessionSort ofKey(String key) {
        for (SessionSort sort : values()) {
            if (sort.key.equals(key)) {
                return sort;
            }
        }
        throw new IllegalArgumentException("Sessions cannot be sorted by " + key);
    }
}
