package org.mandatetracker.workflow.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.stream.Collectors;
import org.mandatetracker.base.ui.LocalFormats;
import org.mandatetracker.entity.EntityService;
import org.mandatetracker.entity.UnEntity;
import org.mandatetracker.security.WorkflowGroups;
import org.mandatetracker.security.WorkflowGroups.Membership;

/**
 * The candidate groups a task is offered to, in words of the reader's language: "Managers of the
 * Department of Peace Operations (DPO)", "any manager", not {@code DPO_MANAGER} or {@code MANAGER}.
 * A group of no known role is shown as it is named.
 */
final class GroupNames {

    private final EntityService entities;

    GroupNames(EntityService entities) {
        this.entities = entities;
    }

    String inWords(List<String> groups) {
        return groups.stream().map(this::inWords).collect(Collectors.joining(", "));
    }

    private String inWords(String group) {
        return WorkflowGroups.parse(group).map(this::inWords).orElse(group);
    }

    private String inWords(Membership membership) {
        if (membership.entityCode() == null) {
            return switch (membership.role()) {
                case STAFF -> I18NProvider.translate("groups.anyStaff");
                case MANAGER -> I18NProvider.translate("groups.anyManager");
                case ADMIN -> I18NProvider.translate("groups.anyAdmin");
            };
        }
        String entity = entities.find(membership.entityCode())
                .map(found -> entityName(found) + " (" + found.code() + ")").orElse(membership.entityCode());
        return switch (membership.role()) {
            case STAFF -> I18NProvider.translate("groups.staffOf", entity);
            case MANAGER -> I18NProvider.translate("groups.managersOf", entity);
            case ADMIN -> I18NProvider.translate("groups.adminsOf", entity);
        };
    }

    private static String entityName(UnEntity entity) {
        return entity.name(LocalFormats.locale().getLanguage());
    }
}
