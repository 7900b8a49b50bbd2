package org.mandatetracker.mandate.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;
import org.mandatetracker.base.ui.Labels;
import org.mandatetracker.base.ui.LocalFormats;
import org.mandatetracker.base.ui.Notifications;
import org.mandatetracker.entity.EntityCatalog;
import org.mandatetracker.entity.EntityService;
import org.mandatetracker.extraction.ParagraphKind;
import org.mandatetracker.mandate.DocumentDetails;
import org.mandatetracker.mandate.ImportService;
import org.mandatetracker.mandate.ImportedDocumentSummary;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.MandatePage;
import org.mandatetracker.mandate.OriginalFile;
import org.mandatetracker.security.CurrentUser;
import org.mandatetracker.security.Role;

/**
 * One imported document: its operative paragraphs with their mandates marked and linked, the original
 * file to download, and for admins its deletion, which says first how many processes it ends.
 */
@Route("documents/:" + DocumentView.ID + "(\\d{1,18})")
@PermitAll
class DocumentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final ImportService imports;
    private final EntityService entities;
    private final CurrentUser currentUser;
    private String title = "";

    DocumentView(ImportService imports, EntityService entities, CurrentUser currentUser) {
        this.imports = imports;
        this.entities = entities;
        this.currentUser = currentUser;
        setMaxWidth("70em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get(ID).orElseThrow());
        imports.document(id).ifPresentOrElse(this::show,
                () -> event.rerouteToError(NotFoundException.class, getTranslation("document.notFound", String.valueOf(id))));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(DocumentDetails details) {
        removeAll();
        ImportedDocumentSummary document = details.document();
        title = getTranslation("page.title", document.symbol());
        add(new H2(document.symbol()));
        add(new Paragraph(DocumentLabels.body(document.body()) + " · "
                + DocumentLabels.adoption(document.status(), document.adopted()) + " · "
                + DocumentLabels.language(document.language()) + " · "
                + getTranslation("document.mandateCount", document.mandateCount()) + " · "
                + getTranslation("document.importedBy", document.importedBy(),
                        LocalFormats.dateTime(document.importedAt(), ZoneId.systemDefault()))));

        Anchor download = new Anchor(DownloadHandler.fromInputStream(request -> imports.original(document.id())
                .map(DocumentView::response).orElseGet(() -> DownloadResponse.error(404))),
                AttachmentType.DOWNLOAD, getTranslation("document.download", document.fileName(),
                        Math.max(1, document.sizeBytes() / 1024)));
        HorizontalLayout actions = new HorizontalLayout(download);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (currentUser.require().hasRole(Role.ADMIN)) {
            Button delete = new Button(getTranslation("document.delete.button"), click -> confirmDeletion(document, details.mandates()));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        add(actions, new H3(getTranslation("document.operativeParagraphs")));

        EntityCatalog catalog = entities.catalog();
        for (DocumentDetails.StoredParagraph paragraph : details.paragraphs()) {
            if (paragraph.kind() != ParagraphKind.OPERATIVE) {
                continue;
            }
            List<Mandate> mandates = details.mandates().stream()
                    .filter(mandate -> mandate.paragraph().equals(paragraph.number())).toList();
            add(paragraph(catalog, paragraph, mandates));
        }
    }

    private static Div paragraph(EntityCatalog catalog, DocumentDetails.StoredParagraph paragraph, List<Mandate> mandates) {
        List<String> addressees = mandates.stream().flatMap(mandate -> mandate.addressees().stream()).distinct().toList();
        List<String> deadlines = mandates.stream().filter(mandate -> mandate.due() != null && mandate.due().text() != null)
                .map(mandate -> mandate.due().text()).toList();
        Div block = new Div(new MarkedParagraph(catalog, paragraph.number() + ". " + paragraph.text(),
                mandates.isEmpty() ? List.of() : paragraph.verbs(), addressees, deadlines));
        block.addClassName("document-paragraph");
        if (!mandates.isEmpty()) {
            UnorderedList links = new UnorderedList();
            mandates.forEach(mandate -> links.add(new ListItem(new Anchor(MandatePage.path(mandate.id()), describe(mandate)))));
            block.add(links);
            block.getStyle().set("border-left", "3px solid var(--lumo-primary-color)").set("padding-left", "var(--lumo-space-s)");
        }
        return block;
    }

    /** "Report · due 30 Sep 2021 · overdue · lead DPO". */
    private static String describe(Mandate mandate) {
        String due = MandatesView.due(mandate);
        return I18NProvider.translate("document.mandate", Labels.of(mandate.kind()))
                + (due.isEmpty() ? "" : " · " + I18NProvider.translate("document.mandate.due", due))
                + " · " + Labels.of(mandate.status())
                + " · " + (mandate.ownerEntity() == null ? I18NProvider.translate("document.mandate.toTriage")
                        : I18NProvider.translate("document.mandate.lead", mandate.ownerEntity()));
    }

    private static DownloadResponse response(OriginalFile original) {
        return new DownloadResponse(new ByteArrayInputStream(original.content()), original.fileName(),
                original.contentType().toString(), original.content().length);
    }

    private void confirmDeletion(ImportedDocumentSummary document, List<Mandate> mandates) {
        long running = mandates.stream().filter(mandate -> mandate.status().isOpen() && mandate.processInstanceId() != null)
                .count();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("document.delete.confirm", document.symbol()));
        dialog.setText(getTranslation("document.delete.text", document.symbol(), running,
                getTranslation("document.mandateCount", mandates.size())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("document.delete.keep"));
        dialog.setConfirmText(getTranslation("document.delete.do"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> {
            imports.delete(document.id());
            Notifications.success(getTranslation("document.deleted", document.symbol()));
            UI.getCurrent().navigate(DocumentsView.class);
        });
        dialog.open();
    }
}
