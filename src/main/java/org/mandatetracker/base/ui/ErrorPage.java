package org.mandatetracker.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What an error view shows inside the main layout: a heading, one plain sentence and the way back to
 * the register; the page's title is the heading. Each error view fills it in {@code setErrorParameter},
 * which also gives the HTTP status.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final H2 heading = new H2();
    private final Paragraph sentence = new Paragraph();

    ErrorPage() {
        // "." is the application's root through the base address Vaadin sets, however deep the failed path
        Anchor back = new Anchor(".", getTranslation("error.backToRegister"));
        add(heading, sentence, back);
    }

    void show(String headingText, String sentenceText) {
        heading.setText(headingText);
        sentence.setText(sentenceText);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", heading.getText());
    }

    void showAccessDenied() {
        show(getTranslation("error.accessDenied.heading"), getTranslation("error.accessDenied.text"));
    }
}
