package org.mandatetracker.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.mandatetracker.base.LocalText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws a mandate's process as inline SVG from the deployed model's own diagram information (BPMN DI:
 * shape bounds, edge waypoints, element names), with the current steps highlighted and the finished
 * ones shown as done. Drawn on the server, so the page needs no front-end library and the picture can
 * never drift from the model that runs. Names are the reader's: the bundles' {@code bpmn.<element id>} and
 * {@code bpmn.<process key>}, else the model's own (English) name, as for an element that only an older model
 * version has.
 */
@Service
public class ProcessDiagram {

    private static final String INK = "#1f2937";
    private static final String ACTIVE_INK = "#0b57d0";
    private static final String ACTIVE_FILL = "#dbe8ff";
    private static final String DONE_INK = "#1e6b34";
    private static final String DONE_FILL = "#e4f4e8";
    private static final double PADDING = 12;
    /** Roughly how wide an 11 px character is, to wrap names into their shapes. */
    private static final double CHARACTER_WIDTH = 6.2;
    private static final double LINE_HEIGHT = 13;

    /** How far a step has come in the process instance being drawn. */
    enum StepState {
        ACTIVE, DONE, NOT_REACHED
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;

    ProcessDiagram(RepositoryService repository, RuntimeService runtime, HistoryService history) {
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
    }

    /** The diagram of the process instance, running or ended; empty text when there is no such instance. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public String svgOf(String processInstanceId, Locale locale) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return "";
        }
        boolean running = instance.getEndTime() == null;
        Set<String> active = running ? Set.copyOf(runtime.getActiveActivityIds(processInstanceId)) : Set.of();
        Set<String> done = history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .finished().list().stream().map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
        return render(repository.getBpmnModelInstance(instance.getProcessDefinitionId()), active, done, locale);
    }

    /** Draws the model; an element both active and done before (a step taken again) is drawn active. */
    static String render(BpmnModelInstance model, Set<String> active, Set<String> done, Locale locale) {
        Names names = new Names(locale);
        Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
        Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
        Extent extent = new Extent();
        shapes.forEach(shape -> {
            extent.include(shape.getBounds());
            if (shape.getBpmnLabel() != null) {
                extent.include(shape.getBpmnLabel().getBounds());
            }
        });
        edges.forEach(edge -> edge.getWaypoints().forEach(point -> extent.include(point.getX(), point.getY())));

        String processName = model.getModelElementsByType(Process.class).stream().filter(process -> process.getName() != null)
                .map(names::of).findFirst().orElse("");
        List<String> current = shapes.stream().filter(shape -> active.contains(idOf(shape.getBpmnElement())))
                .map(shape -> names.of(shape.getBpmnElement())).filter(name -> !name.isEmpty()).toList();
        String title = current.isEmpty() ? LocalText.of(locale, "process.diagram.noStep", processName)
                : LocalText.of(locale, "process.diagram.currentStep", processName, String.join(", ", current));

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"process-diagram-title\" "
                        + "class=\"process-diagram\" viewBox=\"%.0f %.0f %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" "
                        + "font-family=\"sans-serif\" font-size=\"11\">",
                extent.minX - PADDING, extent.minY - PADDING, extent.width() + 2 * PADDING,
                extent.height() + 2 * PADDING, extent.width() + 2 * PADDING, extent.height() + 2 * PADDING));
        svg.append("<title id=\"process-diagram-title\">").append(escape(title)).append("</title>");
        svg.append("<defs><marker id=\"process-diagram-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
                + "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
                .append(INK).append("\"/></marker></defs>");
        edges.forEach(edge -> drawEdge(svg, edge, names));
        // boundary events last, so they sit on top of the task they are attached to
        shapes.stream().filter(shape -> !(shape.getBpmnElement() instanceof Event))
                .forEach(shape -> drawShape(svg, shape, stateOf(shape, active, done), names));
        shapes.stream().filter(shape -> shape.getBpmnElement() instanceof Event)
                .forEach(shape -> drawShape(svg, shape, stateOf(shape, active, done), names));
        return svg.append("</svg>").toString();
    }

    private static StepState stateOf(BpmnShape shape, Set<String> active, Set<String> done) {
        String id = idOf(shape.getBpmnElement());
        if (active.contains(id)) {
            return StepState.ACTIVE;
        }
        return done.contains(id) ? StepState.DONE : StepState.NOT_REACHED;
    }

    private static void drawEdge(StringBuilder svg, BpmnEdge edge, Names names) {
        String points = edge.getWaypoints().stream()
                .map(point -> String.format(Locale.ROOT, "%.0f,%.0f", point.getX(), point.getY()))
                .collect(Collectors.joining(" "));
        svg.append("<polyline data-element-id=\"").append(escape(idOf(edge.getBpmnElement())))
                .append("\" points=\"").append(points).append("\" fill=\"none\" stroke=\"").append(INK)
                .append("\" stroke-width=\"1.2\" marker-end=\"url(#process-diagram-arrow)\"/>");
        String name = names.of(edge.getBpmnElement());
        if (!name.isEmpty()) {
            if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
                drawLabel(svg, name, edge.getBpmnLabel().getBounds());
            } else {
                List<Waypoint> waypoints = new ArrayList<>(edge.getWaypoints());
                Waypoint first = waypoints.get(0);
                Waypoint second = waypoints.get(1);
                drawLines(svg, List.of(name), (first.getX() + second.getX()) / 2, (first.getY() + second.getY()) / 2 - 4);
            }
        }
    }

    private static void drawShape(StringBuilder svg, BpmnShape shape, StepState state, Names names) {
        BaseElement element = shape.getBpmnElement();
        Bounds bounds = shape.getBounds();
        String ink = switch (state) {
            case ACTIVE -> ACTIVE_INK;
            case DONE -> DONE_INK;
            case NOT_REACHED -> INK;
        };
        String fill = switch (state) {
            case ACTIVE -> ACTIVE_FILL;
            case DONE -> DONE_FILL;
            case NOT_REACHED -> "#ffffff";
        };
        double strokeWidth = state == StepState.ACTIVE ? 3 : element instanceof EndEvent ? 3 : 1.5;
        svg.append("<g data-element-id=\"").append(escape(idOf(element))).append("\" data-state=\"")
                .append(state.name().toLowerCase(Locale.ROOT)).append("\">");
        String paint = String.format(Locale.ROOT, " fill=\"%s\" stroke=\"%s\" stroke-width=\"%.1f\"/>", fill, ink, strokeWidth);
        double x = bounds.getX();
        double y = bounds.getY();
        double width = bounds.getWidth();
        double height = bounds.getHeight();
        String name = names.of(element);
        if (element instanceof Event) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"", x + width / 2, y + height / 2,
                    Math.min(width, height) / 2)).append(paint);
            drawOutsideLabel(svg, shape, name);
        } else if (element instanceof Gateway) {
            svg.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\"",
                    x + width / 2, y, x + width, y + height / 2, x + width / 2, y + height, x, y + height / 2)).append(paint);
            drawOutsideLabel(svg, shape, name);
        } else {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"10\"",
                    x, y, width, height)).append(paint);
            List<String> lines = wrap(name, width - 8);
            drawLines(svg, lines, x + width / 2, y + height / 2 - (lines.size() - 1) * LINE_HEIGHT / 2 + 4);
        }
        svg.append("</g>");
    }

    /** Events and gateways carry their name beside them: where the model puts the label, else below. */
    private static void drawOutsideLabel(StringBuilder svg, BpmnShape shape, String name) {
        if (name.isEmpty()) {
            return;
        }
        if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
            drawLabel(svg, name, shape.getBpmnLabel().getBounds());
        } else {
            Bounds bounds = shape.getBounds();
            drawLines(svg, wrap(name, 90), bounds.getX() + bounds.getWidth() / 2, bounds.getY() + bounds.getHeight() + 14);
        }
    }

    private static void drawLabel(StringBuilder svg, String name, Bounds bounds) {
        drawLines(svg, wrap(name, Math.max(bounds.getWidth(), 40)), bounds.getX() + bounds.getWidth() / 2,
                bounds.getY() + 10);
    }

    private static void drawLines(StringBuilder svg, List<String> lines, double centreX, double firstBaseline) {
        svg.append(String.format(Locale.ROOT, "<text text-anchor=\"middle\" fill=\"%s\">", INK));
        for (int i = 0; i < lines.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<tspan x=\"%.1f\" y=\"%.1f\">", centreX, firstBaseline + i * LINE_HEIGHT))
                    .append(escape(lines.get(i))).append("</tspan>");
        }
        svg.append("</text>");
    }

    /** Breaks a name at spaces into lines that fit the width. */
    static List<String> wrap(String text, double width) {
        int perLine = Math.max(4, (int) (width / CHARACTER_WIDTH));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > perLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String idOf(BaseElement element) {
        return element == null ? "" : element.getId();
    }

    /** The reader's names of a model's elements and process. */
    private record Names(Locale locale) {

        /** The bundles' key of an element's or a process's name: what the bundles' sync test reads from the models. */
        static final String KEY_PREFIX = "bpmn.";

        String of(BaseElement element) {
            String modelName = element instanceof FlowElement flowElement ? flowElement.getName()
                    : element instanceof Process process ? process.getName() : null;
            return modelName == null ? "" : LocalText.find(locale, KEY_PREFIX + element.getId()).orElse(modelName).strip();
        }
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The smallest rectangle around everything drawn. */
    private static final class Extent {
        private double minX = Double.MAX_VALUE;
        private double minY = Double.MAX_VALUE;
        private double maxX = -Double.MAX_VALUE;
        private double maxY = -Double.MAX_VALUE;

        void include(Bounds bounds) {
            if (bounds != null) {
                include(bounds.getX(), bounds.getY());
                include(bounds.getX() + bounds.getWidth(), bounds.getY() + bounds.getHeight());
            }
        }

        void include(double x, double y) {
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }

        double width() {
            return maxX - minX;
        }

        double height() {
            return maxY - minY;
        }
    }
}
