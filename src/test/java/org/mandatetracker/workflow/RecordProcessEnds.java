package org.mandatetracker.workflow;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stands in for the Spring beans every model calls: when its process ends (see
 * {@link ProcessTests#OUTCOMES}) and for reminders (see {@link ProcessTests#MESSAGES}); clears the
 * registered beans and the engine's clock after each test.
 */
class RecordProcessEnds implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ProcessTests.recordProcessEnds();
        ProcessTests.recordReminders();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Mocks.reset();
        ClockUtil.reset();
    }
}
