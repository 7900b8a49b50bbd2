package org.mandatetracker.workflow;

import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stands in for the Spring bean every model calls when its process ends (see
 * {@link ProcessTests#OUTCOMES}) and clears the registered beans after each test.
 */
class RecordProcessEnds implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ProcessTests.recordProcessEnds();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Mocks.reset();
    }
}
