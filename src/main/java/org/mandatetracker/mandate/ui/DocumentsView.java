package org.mandatetracker.mandate.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import org.mandatetracker.base.ui.LocalFormats;
import org.mandatetracker.mandate.ImportService;
import org.mandatetracker.mandate.ImportedDocumentSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Every imported document, the last imported first; the database sorts and pages. */
@Route("documents")
@Menu(title = "menu.documents", order = 2)
@PermitAll
class DocumentsView extends VerticalLayout implements HasDynamicTitle {

    private static final Sort LAST_IMPORTED_FIRST = Sort.by(Sort.Direction.DESC, "importedAt");

    DocumentsView(ImportService imports) {
        setSizeFull();
        Grid<ImportedDocumentSummary> grid = new Grid<>();
        grid.addComponentColumn(document -> new RouterLink(document.symbol(), DocumentView.class,
                        new RouteParameters(DocumentView.ID, String.valueOf(document.id()))))
                .setHeader(getTranslation("documents.symbol")).setSortProperty("symbol").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(document -> DocumentLabels.body(document.body())).setHeader(getTranslation("documents.body")).setSortProperty("body")
                .setAutoWidth(true);
        grid.addColumn(document -> DocumentLabels.adoption(document.status(), document.adopted())).setHeader(getTranslation("documents.date"))
                .setSortProperty("adopted").setAutoWidth(true);
        grid.addColumn(document -> DocumentLabels.language(document.language())).setHeader(getTranslation("documents.language"))
                .setSortProperty("language").setAutoWidth(true);
        grid.addColumn(ImportedDocumentSummary::mandateCount).setHeader(getTranslation("documents.mandates")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportedDocumentSummary::importedBy).setHeader(getTranslation("documents.importedBy")).setSortProperty("importedBy")
                .setAutoWidth(true);
        grid.addColumn(document -> LocalFormats.dateTime(document.importedAt(), ZoneId.systemDefault()))
                .setHeader(getTranslation("documents.imported"))
                .setSortProperty("importedAt").setAutoWidth(true);
        grid.setMultiSort(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> {
            PageRequest page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            return imports.documents(page.getSort().isSorted() ? page : page.withSort(LAST_IMPORTED_FIRST)).stream();
        }, query -> Math.toIntExact(imports.countDocuments()));
        grid.setSizeFull();
        add(new H2(getTranslation("menu.documents")), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.documents"));
    }
}
