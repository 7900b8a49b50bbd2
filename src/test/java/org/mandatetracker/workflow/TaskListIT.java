package org.mandatetracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandatetracker.SignedIn.as;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mandatetracker.IntegrationTest;
import org.mandatetracker.TestResolutions;
import org.mandatetracker.mandate.ImportResult;
import org.mandatetracker.mandate.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * My tasks at any size: the engine's database pages, counts and filters the list by the kind of step; a
 * task is found by its id only by someone who may see it.
 */
@IntegrationTest
class TaskListIT {

    private static final String TRIAGE = TaskForm.TRIAGE.taskKey();

    @Autowired
    MandateTaskService tasks;
    @Autowired
    ImportService imports;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theListIsPagedCountedAndFilteredByTheKindOfStep() {
        String symbol = TestResolutions.freshSymbol();
        ImportResult imported = as("manager", "MANAGER", () -> imports.importDocument("resolution.txt", "text/plain",
                TestResolutions.seed000As(symbol).getBytes(StandardCharsets.UTF_8), symbol));
        assertThat(imported.mandates()).hasSizeGreaterThan(2);

        long triage = as("admin", "ADMIN", () -> tasks.countVisibleTasks(false, null, TRIAGE));
        long all = as("admin", "ADMIN", () -> tasks.countVisibleTasks(false, null, null));
        assertThat(triage).isGreaterThanOrEqualTo(imported.mandates().size()).isLessThanOrEqualTo(all);

        List<WorkflowTask> paged = new ArrayList<>();
        for (int offset = 0; offset < triage; offset += 7) {
            int from = offset;
            TaskPage page = as("admin", "ADMIN", () -> tasks.visibleTasks(false, null, TRIAGE, from, 7));
            assertThat(page.total()).isEqualTo(triage);
            paged.addAll(page.tasks());
        }
        assertThat(paged).hasSize((int) triage).allSatisfy(task -> assertThat(task.taskKey()).isEqualTo(TRIAGE));
        assertThat(paged).extracting(WorkflowTask::id).doesNotHaveDuplicates();
        List<WorkflowTask> unpaged = as("admin", "ADMIN", () -> tasks.visibleTasks(false, null)).stream()
                .filter(task -> TRIAGE.equals(task.taskKey())).toList();
        assertThat(paged).extracting(WorkflowTask::id).containsExactlyElementsOf(unpaged.stream().map(WorkflowTask::id).toList());
    }

    @Test
    void aTaskIsFoundByItsIdOnlyByThoseWhoSeeIt() {
        String symbol = TestResolutions.freshSymbol();
        ImportResult imported = as("manager", "MANAGER", () -> imports.importDocument("resolution.txt", "text/plain",
                TestResolutions.seed000As(symbol).getBytes(StandardCharsets.UTF_8), symbol));
        WorkflowTask triage = as("admin", "ADMIN", () -> tasks.visibleTasks(false, imported.mandates().get(0).id()))
                .get(0);

        assertThat(as("manager", "MANAGER", () -> tasks.visibleTask(triage.id()))).map(WorkflowTask::id).contains(triage.id());
        assertThat(as("staff", "STAFF", () -> tasks.visibleTask(triage.id()))).as("staff do not triage").isEmpty();
        assertThat(as("manager", "MANAGER", () -> tasks.visibleTask("no-such-task"))).isEmpty();
    }
}
