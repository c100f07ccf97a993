package com.activesessions.usage.interfaces.web;

import com.activesessions.shared.interfaces.web.HumanDuration;
import com.activesessions.usage.application.UsageReport;
import java.io.Serializable;

/** One line of the usage table, as shown. A class with getters, because Jakarta EL 5 reads bean properties only. */
public final class UsageRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String user;
    private final String name;
    private final long sessions;
    private final String sessionTime;
    private final String averageSessionTime;
    private final long requests;
    private final long apiCalls;

    UsageRow(UsageReport.Line line) {
        this.user = line.email();
        this.name = line.name();
        this.sessions = line.sessions();
        this.sessionTime = HumanDuration.of(line.sessionTime());
        this.averageSessionTime = HumanDuration.of(line.averageSessionTime());
        this.requests = line.requests();
        this.apiCalls = line.apiCalls();
    }

    public String getUser() {
        return user;
    }

    public String getName() {
        return name;
    }

    public long getSessions() {
        return sessions;
    }

    public String getSessionTime() {
        return sessionTime;
    }

    public String getAverageSessionTime() {
        return averageSessionTime;
    }

    public long getRequests() {
        return requests;
    }

    public long getApiCalls() {
        return apiCalls;
    }
}
