package org.mandatetracker.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows a form's validation errors beside their fields, in the words of the constraint's message
 * ("Enter the person's name"), not as {@code fullName: must not be blank}. The fields are named by
 * the property of the validated record they edit. A message template of the product's own
 * ({@code "{validation.…}"}) is read from the UI's message bundles in the reader's language, its
 * {@code {max}}-like names filled from the constraint's attributes.
 */
public final class FieldErrors {

    private static final Pattern OWN_TEMPLATE = Pattern.compile("\\{(validation\\.[\\w.]+)}");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\{(\\w+)}");

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** The field that edits the record's property of that name. */
    public FieldErrors on(String property, HasValidation field) {
        fields.put(property, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setErrorMessage(null);
            field.setInvalid(false);
        });
    }

    /** Marks the field of the property with the message. */
    public void show(String property, String message) {
        HasValidation field = fields.get(property);
        if (field == null) {
            Notifications.error(message);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** Shows every violation beside its field; one no field is for appears as a notification. */
    public void show(ConstraintViolationException invalid) {
        clear();
        List<String> unplaced = new ArrayList<>();
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            String property = propertyOf(violation);
            if (property == null) {
                unplaced.add(inWords(violation));
            } else if (!fields.get(property).isInvalid()) {
                show(property, inWords(violation));
            }
        }
        if (!unplaced.isEmpty()) {
            Notifications.error(String.join(". ", unplaced));
        }
    }

    private static String inWords(ConstraintViolation<?> violation) {
        Matcher ownTemplate = OWN_TEMPLATE.matcher(violation.getMessageTemplate());
        if (!ownTemplate.matches()) {
            return violation.getMessage();
        }
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return ATTRIBUTE.matcher(I18NProvider.translate(ownTemplate.group(1)))
                .replaceAll(name -> Matcher.quoteReplacement(String.valueOf(attributes.get(name.group(1)))));
    }

    /** The first node of the violation's path that names a field: a method's parameter and a list's element are passed over. */
    private String propertyOf(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && fields.containsKey(node.getName())) {
                return node.getName();
            }
        }
        return null;
    }
}
