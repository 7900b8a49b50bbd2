package org.mandatetracker.dashboard.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandatetracker.mandate.MandateFilter;
import org.mandatetracker.mandate.ui.MandatesNavigation;

/**
 * A Chart.js bar chart drawn in the browser from figures the server sends. A segment that counts
 * mandates opens the register with exactly those mandates; the figures themselves are also in a
 * table beside the chart, which is its text alternative.
 */
final class BarChart extends Div {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One series of bars.
     *
     * @param colorProperty the Lumo custom property the bars are painted in, e.g. {@code --lumo-error-color}
     * @param rows          per bar, the mandates it counts, or {@code null} when a bar is not a count of mandates
     */
    record Series(String label, String colorProperty, List<? extends Number> values, List<MandateFilter> rows) {
    }

    private final Element canvas = new Element("canvas");
    private final String spec;

    /**
     * @param description what the chart shows, for screen readers, which are pointed to the table
     * @param unit        appended to values on the axis and in tooltips ("" or "%")
     * @param max         the top of the value axis, or {@code null} to fit the data
     */
    BarChart(String description, List<String> labels, List<Series> series, boolean stacked, String unit, Integer max) {
        addClassName("dashboard-chart");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", I18NProvider.translate("dashboard.chart.label", description));
        getElement().appendChild(canvas);
        boolean clickable = series.stream().allMatch(each -> each.rows() != null);
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", labels);
        chart.put("series", series.stream().map(each -> Map.of("label", each.label(), "color", each.colorProperty(),
                "values", each.values())).toList());
        chart.put("stacked", stacked);
        chart.put("unit", unit);
        chart.put("max", max);
        chart.put("clickable", clickable);
        try {
            spec = JSON.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        if (clickable) {
            canvas.addEventListener("segment-click", click -> MandatesNavigation.open(series
                            .get((int) click.getEventData().getNumber("event.detail.series")).rows()
                            .get((int) click.getEventData().getNumber("event.detail.index"))))
                    .addEventData("event.detail.series").addEventData("event.detail.index");
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // drawn again on every attach: a canvas comes back empty after the view was detached
        canvas.executeJs("window.mandateTrackerCharts.render(this, $0)", spec);
    }
}
