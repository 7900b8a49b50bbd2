package org.mandatetracker.mandate.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.stream.Collectors;
import org.mandatetracker.mandate.MandateFilter;

/**
 * One summary of what the files of the import view became ("Imported 2, refused 1: S-2022-443.pdf — a
 * draft …"), with links to each imported document, to its mandates in the register and to the register.
 */
final class ImportSummary extends Div {

    ImportSummary() {
        setId("import-summary");
        getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("width", "100%")
                .set("box-sizing", "border-box");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    void show(List<ImportOutcome> outcomes) {
        removeAll();
        setVisible(!outcomes.isEmpty());
        List<ImportOutcome> imported = outcomes.stream().filter(ImportOutcome::isImported).toList();
        List<ImportOutcome> refused = outcomes.stream().filter(outcome -> !outcome.isImported()).toList();
        String headline = refused.isEmpty() ? getTranslation("import.summary.allImported", imported.size())
                : getTranslation("import.summary.someRefused", imported.size(), refused.size(), refused.stream()
                        .map(outcome -> outcome.fileName() + " — " + outcome.refusal())
                        .collect(Collectors.joining("; ")));
        Paragraph summary = new Paragraph(headline);
        summary.getStyle().set("font-weight", "600");
        add(summary);
        if (imported.isEmpty()) {
            return;
        }
        UnorderedList links = new UnorderedList();
        for (ImportOutcome outcome : imported) {
            RouterLink document = new RouterLink(outcome.symbol(), DocumentView.class,
                    new RouteParameters(DocumentView.ID, String.valueOf(outcome.documentId())));
            RouterLink register = MandatesNavigation.link(getTranslation("import.summary.itsMandates",
                    MandatesView.mandateCount(outcome.mandates())), MandateFilter.ALL.withQuery(outcome.symbol()));
            links.add(new ListItem(document, new Span(" (" + outcome.fileName() + "): "), register));
        }
        add(links, new Paragraph(new Span(getTranslation("import.summary.allMandates")),
                new RouterLink(getTranslation("import.summary.register"), MandatesView.class)));
    }
}
