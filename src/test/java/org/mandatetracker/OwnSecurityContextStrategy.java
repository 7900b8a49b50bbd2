package org.mandatetracker;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test, points the JVM-wide {@link SecurityContextHolder} at the test's own application
 * context's strategy (Vaadin's, which that context's filters and method security use). Each context
 * of the test JVM sets the static strategy to its own when it starts, so a test running on the first
 * context after a second one started would otherwise write {@code @WithMockUser} and read the
 * signed-in person in the wrong place. Runs before Spring Security's listener, which sets up
 * {@code @WithMockUser}. In production there is one context, and nothing of this is needed.
 */
public class OwnSecurityContextStrategy implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext application = testContext.getApplicationContext();
        application.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    /** Before {@code WithSecurityContextTestExecutionListener} (10 000). */
    @Override
    public int getOrder() {
        return 9_000;
    }
}
