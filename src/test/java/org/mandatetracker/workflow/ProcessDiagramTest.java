package org.mandatetracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The diagram is drawn from the real models in {@code bpmn/}: every shape and flow, the current step marked. */
class ProcessDiagramTest {

    @ParameterizedTest
    @ValueSource(strings = {"report-mandate", "agenda-mandate", "action-mandate"})
    void everyShapeAndFlowOfTheModelIsDrawnOnceAsWellFormedSvg(String process) throws Exception {
        BpmnModelInstance model = model(process);
        Document svg = parse(ProcessDiagram.render(model, Set.of(), Set.of(), Locale.UK));

        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            assertThat(drawn(svg, shape.getBpmnElement().getId())).as(shape.getBpmnElement().getId()).hasSize(1);
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            Element line = drawn(svg, edge.getBpmnElement().getId()).get(0);
            assertThat(line.getTagName()).isEqualTo("polyline");
            assertThat(line.getAttribute("points").split(" ")).hasSize(edge.getWaypoints().size());
        }
        assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
    }

    @Test
    void tasksAreRoundedRectanglesEventsCirclesAndGatewaysDiamondsWithTheirNames() throws Exception {
        Document svg = parse(ProcessDiagram.render(model("report-mandate"), Set.of(), Set.of(), Locale.UK));

        assertThat(shapeOf(svg, MandateProcesses.TASK_PREPARE_REPORT).getTagName()).isEqualTo("rect");
        assertThat(shapeOf(svg, MandateProcesses.TASK_PREPARE_REPORT).getAttribute("rx")).isNotEmpty();
        assertThat(shapeOf(svg, "StartEvent_ReportMandateRegistered").getTagName()).isEqualTo("circle");
        assertThat(shapeOf(svg, "Gateway_MandateAccepted").getTagName()).isEqualTo("polygon");
        assertThat(textOf(svg, MandateProcesses.TASK_REVIEW_REPORT)).isEqualTo("Review and clear report");
    }

    @Test
    void theActiveStepIsHighlightedNamedInTheTitleAndTheFinishedOnesAreDone() throws Exception {
        Document svg = parse(ProcessDiagram.render(model("report-mandate"),
                Set.of(MandateProcesses.TASK_PREPARE_REPORT), Set.of(MandateProcesses.TASK_TRIAGE), Locale.UK));

        assertThat(stateOf(svg, MandateProcesses.TASK_PREPARE_REPORT)).isEqualTo("active");
        assertThat(stateOf(svg, MandateProcesses.TASK_TRIAGE)).isEqualTo("done");
        assertThat(stateOf(svg, MandateProcesses.TASK_SUBMIT_REPORT)).isEqualTo("not_reached");
        assertThat(shapeOf(svg, MandateProcesses.TASK_PREPARE_REPORT).getAttribute("stroke-width")).isEqualTo("3.0");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Report mandate, current step: Prepare report");
    }

    @Test
    void aFrenchReaderReadsTheNamesAndTheTitleInFrench() throws Exception {
        Document svg = parse(ProcessDiagram.render(model("report-mandate"),
                Set.of(MandateProcesses.TASK_PREPARE_REPORT), Set.of(), Locale.FRENCH));

        assertThat(textOf(svg, MandateProcesses.TASK_REVIEW_REPORT)).isEqualTo("Examiner et approuver le rapport");
        assertThat(textOf(svg, "Gateway_ReportCleared")).isEqualTo("Rapport approuvé ?");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Mandat de rapport, étape en cours : Établir le rapport");
        assertThat(svg.getDocumentElement().getTextContent()).doesNotContain("Review", "Send reminder", "Overdue", "accepted");
    }

    @Test
    void anElementTheBundlesDoNotNameKeepsItsModelsName() throws Exception {
        BpmnModelInstance model = model("report-mandate");
        // as in an older version of the model, still running, whose element the bundles no longer know
        model.getModelElementById(MandateProcesses.TASK_SUBMIT_REPORT).setAttributeValue("id", "UserTask_SubmitOldReport", true);

        Document svg = parse(ProcessDiagram.render(model, Set.of(), Set.of(), Locale.FRENCH));

        assertThat(textOf(svg, "UserTask_SubmitOldReport")).isEqualTo("Submit report");
    }

    @Test
    void namesAreEscapedAndWrappedToTheirShape() {
        assertThat(ProcessDiagram.escape("<a & \"b\">")).isEqualTo("&lt;a &amp; &quot;b&quot;&gt;");
        assertThat(ProcessDiagram.wrap("Include item in provisional agenda", 120))
                .containsExactly("Include item in", "provisional agenda");
    }

    private static BpmnModelInstance model(String process) {
        return Bpmn.readModelFromFile(Path.of("bpmn", process + ".bpmn").toFile());
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<Element> drawn(Document svg, String id) throws Exception {
        NodeList found = (NodeList) XPathFactory.newInstance().newXPath()
                .evaluate("//*[@data-element-id='" + id + "']", svg, XPathConstants.NODESET);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            elements.add((Element) found.item(i));
        }
        return elements;
    }

    private static Element shapeOf(Document svg, String id) throws Exception {
        return (Element) drawn(svg, id).get(0).getFirstChild();
    }

    private static String stateOf(Document svg, String id) throws Exception {
        return drawn(svg, id).get(0).getAttribute("data-state");
    }

    private static String textOf(Document svg, String id) throws Exception {
        NodeList lines = drawn(svg, id).get(0).getElementsByTagName("tspan");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < lines.getLength(); i++) {
            words.add(lines.item(i).getTextContent());
        }
        return String.join(" ", words);
    }
}
