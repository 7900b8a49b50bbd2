package org.mandatetracker.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Anything else that failed while a view opened. A service method's own security check refusing the
 * person is a 403 like a view's access rule ({@link AccessDeniedView}); the rest is a 500, logged with
 * its stack trace, and a sentence for the person.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (parameter.getCaughtException() instanceof AccessDeniedException) {
            showAccessDenied();
            return HttpServletResponse.SC_FORBIDDEN;
        }
        log.error("Opening /{} failed", event.getLocation().getPath(), parameter.getCaughtException());
        show(getTranslation("error.server.heading"), getTranslation("error.server.text"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
