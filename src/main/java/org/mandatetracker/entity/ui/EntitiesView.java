package org.mandatetracker.entity.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.mandatetracker.entity.EntityService;
import org.mandatetracker.entity.UnEntity;

/** The entity registry that extraction and assignment use, with its names in the official languages. */
@Route("entities")
@PageTitle("Entities · Mandate Tracker")
@Menu(title = "Entities", order = 20)
@PermitAll
class EntitiesView extends VerticalLayout {

    EntitiesView(EntityService entities) {
        setSizeFull();
        Grid<UnEntity> grid = new Grid<>();
        grid.addColumn(UnEntity::code).setHeader("Code").setAutoWidth(true).setSortable(true);
        grid.addColumn(entity -> entity.name("en")).setHeader("Name").setFlexGrow(1);
        grid.addColumn(entity -> entity.name("fr")).setHeader("Français").setFlexGrow(1);
        grid.addColumn(entity -> entity.name("ru")).setHeader("Русский").setFlexGrow(1);
        grid.addColumn(entity -> String.join(", ", entity.aliases())).setHeader("Also known as").setFlexGrow(1);
        grid.addColumn(UnEntity::kind).setHeader("Kind").setAutoWidth(true);
        grid.setItems(entities.findAll());
        grid.setSizeFull();
        add(grid);
    }
}
