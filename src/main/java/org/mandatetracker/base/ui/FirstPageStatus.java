package org.mandatetracker.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UrlPathHelper;

/**
 * The HTTP status of a page's first load. Vaadin answers every address with its page and a 200, then
 * opens the view, or an error view, from the browser; so the status that {@link NotFoundView} and
 * {@link AccessDeniedView} give would never reach a link checker, a proxy's log or a script. The
 * first load answers 404 for an address no view serves and 403 for a view the person's role does not open.
 */
@Component
class FirstPageStatus implements VaadinServiceInitListener {

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final AccessAnnotationChecker access;

    FirstPageStatus(AccessAnnotationChecker access) {
        this.access = access;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::setStatus);
    }

    private void setStatus(IndexHtmlResponse page) {
        if (!(page.getVaadinRequest() instanceof VaadinServletRequest servletRequest)) {
            return;
        }
        HttpServletRequest request = servletRequest.getHttpServletRequest();
        String path = PATHS.getPathWithinApplication(request).replaceFirst("^/", "");
        page.getVaadinRequest().getService().getRouter().getRegistry().getNavigationTarget(path)
                .ifPresentOrElse(view -> {
                    if (!access.hasAccess(view, request)) {
                        page.getVaadinResponse().setStatus(HttpServletResponse.SC_FORBIDDEN);
                    }
                }, () -> page.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND));
    }
}
