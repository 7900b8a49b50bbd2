package org.mandatetracker.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service method refused the signed-in person while a view was opening (403): the check on the
 * method that acts, as opposed to the view's own access rule ({@link AccessDeniedView}).
 */
@ParentLayout(MainLayout.class)
@PageTitle("Access denied · Mandate Tracker")
@AnonymousAllowed
class NotAllowedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        showAccessDenied();
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
