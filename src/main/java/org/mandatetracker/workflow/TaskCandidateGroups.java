package org.mandatetracker.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The groups many tasks are offered to, in one query of the engine's identity links: its public API reads them one
 * task at a time ({@link CandidateGroups}), several queries per row of a list of tasks.
 */
@Component
class TaskCandidateGroups {

    private final NamedParameterJdbcTemplate jdbc;
    private final String table;

    TaskCandidateGroups(NamedParameterJdbcTemplate jdbc, ManagementService management) {
        this.jdbc = jdbc;
        this.table = management.getTableName(IdentityLinkEntity.class);
    }

    /** The candidate groups of each of the tasks that has any. */
    Map<String, List<String>> byTask(List<String> taskIds) {
        Map<String, List<String>> groups = new HashMap<>();
        jdbc.query("select TASK_ID_, GROUP_ID_ from " + table
                        + " where TYPE_ = :type and GROUP_ID_ is not null and TASK_ID_ in (:tasks)",
                Map.of("type", IdentityLinkType.CANDIDATE, "tasks", taskIds),
                (RowCallbackHandler) row -> groups.computeIfAbsent(row.getString(1), task -> new ArrayList<>())
                        .add(row.getString(2)));
        return groups;
    }
}
