package org.mandatetracker.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The sign-in page; Spring Security's form login checks the password. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(wordsOfTheForm());
        add(new H1("Mandate Tracker"),
                new Paragraph(getTranslation("login.tagline")),
                login);
    }

    private LoginI18n wordsOfTheForm() {
        LoginI18n words = LoginI18n.createDefault();
        words.getForm().setTitle(getTranslation("login.title"));
        words.getForm().setUsername(getTranslation("login.username"));
        words.getForm().setPassword(getTranslation("login.password"));
        words.getForm().setSubmit(getTranslation("login.submit"));
        words.getErrorMessage().setTitle(getTranslation("login.error.title"));
        words.getErrorMessage().setMessage(getTranslation("login.error.text"));
        words.getErrorMessage().setUsername(getTranslation("login.username.required"));
        words.getErrorMessage().setPassword(getTranslation("login.password.required"));
        return words;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("login.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
