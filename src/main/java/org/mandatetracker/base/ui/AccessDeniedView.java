package org.mandatetracker.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A view the signed-in person's role does not open (403), e.g. {@code /admin/users} for staff. It
 * replaces Vaadin's default, which reroutes to a bare "Could not navigate".
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        showAccessDenied();
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
