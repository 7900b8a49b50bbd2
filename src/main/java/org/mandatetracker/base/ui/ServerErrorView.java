package org.mandatetracker.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anything else that failed while a view opened (500): logged with its stack trace, a sentence for the person. */
@ParentLayout(MainLayout.class)
@PageTitle("Something went wrong · Mandate Tracker")
@AnonymousAllowed
class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Opening /{} failed", event.getLocation().getPath(), parameter.getCaughtException());
        show("Something went wrong", "This page could not be shown because of an error on our side. It has been "
                + "recorded; try again in a moment.");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
