package org.mandatetracker.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.mandatetracker.base.ui.DatePickers;
import org.mandatetracker.base.ui.Labels;
import org.mandatetracker.base.ui.Notifications;
import org.mandatetracker.extraction.MandateKind;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.MandateService;
import org.springframework.security.access.AccessDeniedException;

/**
 * A manager corrects the due date or the kind of a mandate, each with a required reason; the running
 * process follows ({@link MandateService#correctDue}, {@link MandateService#correctKind}).
 */
class CorrectionForm extends VerticalLayout {

    private final TextArea reason = new TextArea(getTranslation("correction.reason"));
    private final Consumer<Mandate> onCorrected;

    CorrectionForm(Mandate mandate, MandateService mandates, Consumer<Mandate> onCorrected) {
        this.onCorrected = onCorrected;
        setPadding(false);
        reason.setMaxLength(MandateService.REASON_MAX_LENGTH);
        reason.setRequired(true);
        reason.setWidth("32em");
        reason.setHelperText(getTranslation("correction.reason.helper"));

        DatePicker due = DatePickers.labelled(getTranslation("correction.due"));
        due.setValue(mandate.due() == null ? null : mandate.due().date());
        Button correctDue = new Button(getTranslation("correction.correctDue"), click -> correct(due.getValue() != null, getTranslation("correction.due.missing"),
                () -> mandates.correctDue(mandate.id(), due.getValue(), reason.getValue())));

        ComboBox<MandateKind> kind = new ComboBox<>(getTranslation("correction.kind"));
        kind.setItems(MandateKind.values());
        kind.setItemLabelGenerator(Labels::of);
        kind.setValue(mandate.kind());
        Button correctKind = new Button(getTranslation("correction.correctKind"), click -> correct(kind.getValue() != null, getTranslation("correction.kind.missing"),
                () -> mandates.correctKind(mandate.id(), kind.getValue(), reason.getValue())));

        HorizontalLayout dueRow = new HorizontalLayout(due, correctDue);
        HorizontalLayout kindRow = new HorizontalLayout(kind, correctKind);
        dueRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        kindRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("correction.heading")), reason, dueRow, kindRow);
    }

    /** Runs the correction once a value is chosen; the service checks the reason and who may, and says why not. */
    private void correct(boolean chosen, String missingChoice, Supplier<Mandate> correction) {
        if (!chosen) {
            Notifications.error(missingChoice);
            return;
        }
        try {
            Mandate corrected = correction.get();
            Notifications.success(getTranslation("correction.done"));
            onCorrected.accept(corrected);
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException refused) {
            Notifications.error(Labels.reasonOf(refused));
        }
    }
}
