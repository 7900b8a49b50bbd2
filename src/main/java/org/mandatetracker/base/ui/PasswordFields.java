package org.mandatetracker.base.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import org.mandatetracker.base.Message;

/** Every password field of the UI, its reveal button named in the reader's language (Vaadin's own says "Show password"). */
public final class PasswordFields {

    private PasswordFields() {
    }

    public static PasswordField labelled(String label) {
        PasswordField field = new PasswordField(label);
        // Flow's PasswordFieldI18n has no word for the button: the web component's i18n property has
        field.getElement().executeJs("this.i18n = Object.assign({}, this.i18n, {reveal: $0});",
                Labels.of(Message.of("password.reveal")));
        return field;
    }
}
