package org.mandatetracker.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.mandatetracker.mandate.MandatePage;
import org.mandatetracker.base.ui.Labels;
import org.mandatetracker.base.ui.Notifications;
import org.mandatetracker.workflow.MandateProcesses;
import org.mandatetracker.workflow.TaskForm;
import org.mandatetracker.workflow.WorkflowTask;

/**
 * The form of one task, built from the fields its {@link TaskForm} declares: a decision as two choices
 * in words, a comment, the issued document symbol. A value the form refuses is marked on its field;
 * anything else the submission runs into is the view's to tell.
 */
class TaskFormPanel extends VerticalLayout {

    /** What the panel asks of its view: the values it was completed with, or a claim or give-back. */
    interface Actions {
        void complete(Map<String, Object> values);

        void claim();

        void unclaim();
    }

    /** Who holds the task, as the signed-in person sees it. */
    enum Holder {
        NOBODY, CALLER,
        /** a colleague, who alone completes it or gives it back (an admin may still complete it) */
        COLLEAGUE
    }

    private final TaskForm form;
    /** The component of each field shown, by field name, in the form's order. */
    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();

    TaskFormPanel(WorkflowTask task, String dueInWords, Holder holder, Actions actions) {
        this.form = TaskForm.of(task.taskKey())
                .orElseThrow(() -> new IllegalStateException("No form is declared for " + task.taskKey()));
        setPadding(false);
        add(new H3(Labels.of(form)), new Paragraph(Labels.of(task.title())));
        if (task.mandateId() != null) {
            add(new Anchor(MandatePage.path(task.mandateId()), getTranslation("task.openMandate")));
        }
        add(new Paragraph(dueInWords));
        if (task.reviewComment() != null) {
            add(sentBack(task.reviewComment()));
        }
        if (holder == Holder.COLLEAGUE) {
            add(new Paragraph(getTranslation("task.claimedBy", task.assignee())));
            return;
        }
        if (form == TaskForm.TRIAGE) {
            // accepting names a lead entity and focal point, which the mandate's page offers from the registry
            add(new Paragraph(getTranslation("task.triage.text")));
        }
        for (TaskForm.Field field : form.fields()) {
            fieldComponent(field).ifPresent(component -> {
                fields.put(field.name(), (HasValue<?, ?>) component);
                add(component);
            });
        }
        Button complete = new Button(completeLabel(), click -> submit(actions));
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(complete);
        if (holder == Holder.NOBODY) {
            buttons.add(new Button(getTranslation("task.claim"), click -> actions.claim()));
        } else if (holder == Holder.CALLER && !task.candidateGroups().isEmpty()) {
            buttons.add(new Button(getTranslation("task.giveBack"), click -> actions.unclaim()));
        }
        add(buttons);
    }

    /** Hands the values over; a value the form refuses is marked on its field with the form's sentence. */
    void submit(Actions actions) {
        fields.values().forEach(field -> ((HasValidation) field).setInvalid(false));
        try {
            actions.complete(values());
        } catch (TaskForm.InvalidFieldException invalid) {
            HasValue<?, ?> field = fields.get(invalid.field());
            if (field == null) {
                Notifications.error(Labels.reasonOf(invalid));
            } else {
                ((HasValidation) field).setErrorMessage(Labels.reasonOf(invalid));
                ((HasValidation) field).setInvalid(true);
                ((Component) field).getElement().callJsFunction("focus");
            }
        } catch (IllegalArgumentException refused) {
            Notifications.error(Labels.reasonOf(refused));
        }
    }

    /** The values as the form's fields hold them; the triage is only dismissed here. */
    Map<String, Object> values() {
        Map<String, Object> values = new HashMap<>();
        if (form == TaskForm.TRIAGE) {
            values.put(MandateProcesses.VAR_ACCEPTED, false);
        }
        fields.forEach((name, field) -> values.put(name, field.getValue()));
        return values;
    }

    Optional<HasValue<?, ?>> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    private Optional<Component> fieldComponent(TaskForm.Field field) {
        return switch (field.type()) {
            case YES_NO -> form == TaskForm.TRIAGE ? Optional.empty() : Optional.of(decision(field));
            case COMMENT -> Optional.of(comment(field));
            case DOCUMENT_SYMBOL -> Optional.of(documentSymbol());
            case CODE -> Optional.empty();
        };
    }

    private RadioButtonGroup<Boolean> decision(TaskForm.Field field) {
        RadioButtonGroup<Boolean> decision = new RadioButtonGroup<>(getTranslation("task.decision"));
        decision.setItems(true, false);
        decision.setItemLabelGenerator(approved -> approved ? getTranslation("task.approve") : getTranslation("task.sendBack"));
        decision.setRequiredIndicatorVisible(field.required());
        return decision;
    }

    private TextArea comment(TaskForm.Field field) {
        boolean review = MandateProcesses.VAR_REVIEW_COMMENT.equals(field.name());
        TextArea comment = new TextArea(review ? getTranslation("task.comment.review") : getTranslation("task.comment"));
        if (review) {
            comment.setHelperText(getTranslation("task.comment.review.helper"));
        }
        comment.setMaxLength(2000);
        comment.setWidthFull();
        return comment;
    }

    private TextField documentSymbol() {
        TextField symbol = new TextField(getTranslation("task.symbol"));
        symbol.setPlaceholder("S/2021/123");
        symbol.setHelperText(getTranslation("task.symbol.helper"));
        symbol.setRequiredIndicatorVisible(true);
        return symbol;
    }

    private String completeLabel() {
        return switch (form) {
            case TRIAGE -> getTranslation("task.dismiss");
            case REVIEW_REPORT -> getTranslation("task.recordDecision");
            case SUBMIT_REPORT -> getTranslation("task.recordSubmission");
            default -> getTranslation("task.markDone");
        };
    }

    private Div sentBack(String comment) {
        Span label = new Span(getTranslation("task.sentBack"));
        label.getStyle().set("font-weight", "600");
        Div box = new Div(label, new Span(comment));
        box.getStyle().set("border-left", "4px solid var(--lumo-primary-color)").set("padding", "var(--lumo-space-s)")
                .set("background", "var(--lumo-contrast-5pct)");
        return box;
    }
}
