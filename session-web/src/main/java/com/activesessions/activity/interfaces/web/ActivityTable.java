package com.activesessions.activity.interfaces.web;

import com.activesessions.activity.application.ActivityReader;
import com.activesessions.activity.domain.ActivityFilter;
import com.activesessions.activity.domain.ActivityType;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs a page that lists activity events a page at a time (My Activity, Activity): the filter
 * the person typed, and a lazy table model that asks the database for one page and its count.
 * Whose events it lists is the subclass's {@link #reach()}, never a request parameter.
 */
public abstract class ActivityTable implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ActivityReader reader;

    @Inject
    private Clock clock;

    private String user;
    private ActivityType type;
    private LocalDate from;
    private LocalDate to;
    private String ipAddress;
    private ActivityFilter filter = ActivityFilter.NONE;

    private final LazyDataModel<ActivityRow> events = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, reader.count(callerEmail(), reach(), filter));
        }

        @Override
        public List<ActivityRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Instant now = clock.instant();
            return reader.find(callerEmail(), reach(), filter, first, pageSize).stream()
                    .map(event -> ActivityRow.of(event, now))
                    .toList();
        }

        @Override
        public String getRowKey(ActivityRow row) {
            return String.valueOf(row.getId());
        }
    };

    /** Whose events the page lists. */
    protected abstract ActivityReader.Reach reach();

    /** Applies what was typed into the filter; a filter that cannot match anything is refused with its reason. */
    public void apply() {
        try {
            filter = new ActivityFilter(reach() == ActivityReader.Reach.OWN ? null : user, type, from, to, ipAddress);
        } catch (IllegalArgumentException e) {
            FacesContext.getCurrentInstance().validationFailed();
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public void clear() {
        user = null;
        type = null;
        from = null;
        to = null;
        ipAddress = null;
        filter = ActivityFilter.NONE;
    }

    protected ActivityFilter filter() {
        return filter;
    }

    protected String callerEmail() {
        return FacesContext.getCurrentInstance()
                .getExternalContext()
                .getUserPrincipal()
                .getName();
    }

    public LazyDataModel<ActivityRow> getEvents() {
        return events;
    }

    public ActivityType[] getTypes() {
        return ActivityType.values();
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public ActivityType getType() {
        return type;
    }

    public void setType(ActivityType type) {
        this.type = type;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public void setIpAddress(String ipAddress) {
        this.ipAddress = ipAddress;
    }
}
