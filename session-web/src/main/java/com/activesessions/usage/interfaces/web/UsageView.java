package com.activesessions.usage.interfaces.web;

import com.activesessions.usage.application.UsageReport;
import com.activesessions.usage.domain.ConcurrentSessions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.axes.cartesian.CartesianScales;
import org.primefaces.model.charts.axes.cartesian.linear.CartesianLinearAxes;
import org.primefaces.model.charts.axes.cartesian.linear.CartesianLinearTicks;
import org.primefaces.model.charts.line.LineChartDataSet;
import org.primefaces.model.charts.line.LineChartModel;
import org.primefaces.model.charts.line.LineChartOptions;
import org.primefaces.model.charts.optionconfig.animation.Animation;

/**
 * Backs Usage, for administrators: per user and for the organisation over a range of days
 * (the last seven by default), and the chart of sessions signed in at once.
 */
@Named
@ViewScoped
public class UsageView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @Inject
    private UsageReport usageReport;

    @Inject
    private Clock clock;

    private LocalDate from;
    private LocalDate to;
    private List<UsageRow> rows = List.of();
    private UsageRow total;
    private LineChartModel chart = new LineChartModel();

    @PostConstruct
    void init() {
        to = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        from = to.minusDays(6);
        load();
    }

    /** Reads the report for the range typed; a range a report does not cover is refused with its reason. */
    public void load() {
        try {
            UsageReport.requireValidRange(from, to);
        } catch (IllegalArgumentException e) {
            FacesContext.getCurrentInstance().validationFailed();
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return;
        }
        UsageReport.Usage usage = usageReport.of(
                FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getUserPrincipal()
                        .getName(),
                from,
                to);
        rows = usage.perUser().stream().map(UsageRow::new).toList();
        total = new UsageRow(usage.total());
        chart = chartOf(usage.concurrent(), usage.step());
    }

    private static LineChartModel chartOf(List<ConcurrentSessions.Peak> peaks, Duration step) {
        DateTimeFormatter label = step.compareTo(Duration.ofDays(1)) < 0 ? HOUR : DAY;
        List<String> labels = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        peaks.forEach(peak -> {
            labels.add(label.format(peak.from().atOffset(ZoneOffset.UTC)));
            values.add(peak.peak());
        });
        LineChartDataSet sessions = new LineChartDataSet();
        sessions.setLabel("Sessions signed in at once (peak per " + describe(step) + ", UTC)");
        sessions.setData(values);
        sessions.setBorderColor("rgb(37, 99, 235)");
        sessions.setBackgroundColor("rgba(37, 99, 235, 0.15)");
        sessions.setFill(true);
        sessions.setStepped("before");
        ChartData data = new ChartData();
        data.addChartDataSet(sessions);
        data.setLabels(labels);
        CartesianLinearTicks wholeNumbers = new CartesianLinearTicks();
        wholeNumbers.setPrecision(0);
        CartesianLinearAxes count = new CartesianLinearAxes();
        count.setBeginAtZero(true);
        count.setTicks(wholeNumbers);
        CartesianScales scales = new CartesianScales();
        scales.addYAxesData(count);
        Animation none = new Animation();
        none.setDuration(0);
        LineChartOptions options = new LineChartOptions();
        options.setMaintainAspectRatio(false);
        options.setAnimation(none);
        options.setScales(scales);
        LineChartModel model = new LineChartModel();
        model.setData(data);
        model.setOptions(options);
        return model;
    }

    private static String describe(Duration step) {
        if (step.toDays() >= 1) {
            return "day";
        }
        return step.toHours() >= 1 ? step.toHours() + " h" : step.toMinutes() + " min";
    }

    /** The export's query for the range on the page. */
    public String getExportQuery() {
        return "from=" + from + "&to=" + to;
    }

    public List<UsageRow> getRows() {
        return rows;
    }

    public UsageRow getTotal() {
        return total;
    }

    public LineChartModel getChart() {
        return chart;
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
}
