package org.mandatetracker.workflow;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mandatetracker.base.RefusedException;
import org.mandatetracker.base.Translatable;

/**
 * The fields each user task's form declares: the only variables a completion may set, with their
 * types and sizes. Anything else is refused, so that a completion cannot re-route the workflow (a
 * {@code leadEntity} sent with "Prepare report") or flood the engine with variables.
 */
public enum TaskForm implements Translatable {

    TRIAGE(MandateProcesses.TASK_TRIAGE,
            Field.required(MandateProcesses.VAR_ACCEPTED, FieldType.YES_NO),
            Field.optional(MandateProcesses.VAR_LEAD_ENTITY, FieldType.CODE),
            Field.optional(MandateProcesses.VAR_FOCAL_POINT, FieldType.CODE),
            Field.COMPLETION_COMMENT),
    PREPARE_REPORT(MandateProcesses.TASK_PREPARE_REPORT, Field.COMPLETION_COMMENT),
    /** The review's comment is the variable the model keeps, so the focal point reads it when the report comes back. */
    REVIEW_REPORT(MandateProcesses.TASK_REVIEW_REPORT,
            Field.required(MandateProcesses.VAR_APPROVED, FieldType.YES_NO),
            Field.requiredWhenNo(MandateProcesses.VAR_REVIEW_COMMENT, FieldType.COMMENT, MandateProcesses.VAR_APPROVED)),
    SUBMIT_REPORT(MandateProcesses.TASK_SUBMIT_REPORT,
            Field.required(MandateProcesses.VAR_DOCUMENT_SYMBOL, FieldType.DOCUMENT_SYMBOL),
            Field.COMPLETION_COMMENT),
    INCLUDE_AGENDA_ITEM(MandateProcesses.TASK_INCLUDE_AGENDA_ITEM, Field.COMPLETION_COMMENT),
    PLAN_AND_IMPLEMENT(MandateProcesses.TASK_PLAN_AND_IMPLEMENT, Field.COMPLETION_COMMENT),
    REPORT_PROGRESS(MandateProcesses.TASK_REPORT_PROGRESS, Field.COMPLETION_COMMENT),
    CLOSE(MandateProcesses.TASK_CLOSE, Field.COMPLETION_COMMENT);

    /**
     * The optional comment of a completion. It is kept as a comment on the task, where the mandate's
     * history reads it, not as a process variable: the models never read it.
     */
    public static final String COMMENT = "comment";

    /** What a field holds; text fields are bounded below Camunda's 4 000-character text column. */
    public enum FieldType {
        YES_NO(0), CODE(100), COMMENT(2000), DOCUMENT_SYMBOL(100);

        private final int maxLength;

        FieldType(int maxLength) {
            this.maxLength = maxLength;
        }
    }

    /**
     * A declared field of a form.
     *
     * @param requiredUnlessYes a yes/no field of the same form: this field is required when that one is
     *                          answered no (a report sent back must say why), or {@code null}
     */
    public record Field(String name, FieldType type, boolean required, String requiredUnlessYes) {

        static final Field COMPLETION_COMMENT = optional(COMMENT, FieldType.COMMENT);

        static Field required(String name, FieldType type) {
            return new Field(name, type, true, null);
        }

        static Field optional(String name, FieldType type) {
            return new Field(name, type, false, null);
        }

        static Field requiredWhenNo(String name, FieldType type, String yesNoField) {
            return new Field(name, type, false, yesNoField);
        }

        private boolean requiredGiven(Map<String, ?> submitted) {
            return required || requiredUnlessYes != null && Boolean.FALSE.equals(submitted.get(requiredUnlessYes));
        }
    }

    /**
     * A form's checked values.
     *
     * @param variables what the task is completed with
     * @param comment   the completion's comment in words, or {@code null}
     */
    public record Completion(Map<String, Object> variables, String comment) {
    }

    /** A submitted value that does not fit its field; {@code field} names it, so a form can mark it. */
    public static class InvalidFieldException extends RefusedException {

        private final String field;

        InvalidFieldException(String field, String messageKey, Object... arguments) {
            super(messageKey, arguments);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /**
     * A UN document symbol: series letters, then parts separated by slashes, at least one of them a
     * number, e.g. {@code S/2021/123}, {@code A/80/590}, {@code A/HRC/57/22/Add.1}, {@code E/CN.6/2024/3}.
     */
    private static final Pattern DOCUMENT_SYMBOL = Pattern.compile(
            "[A-Z]{1,10}(?:/[A-Za-z0-9.()\\-]{1,20}){1,6}");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    private final String taskKey;
    private final List<Field> fields;

    TaskForm(String taskKey, Field... fields) {
        this.taskKey = taskKey;
        this.fields = List.of(fields);
    }

    public String taskKey() {
        return taskKey;
    }

    public List<Field> fields() {
        return fields;
    }

    /** The form of a task definition, if the models have such a user task. */
    public static Optional<TaskForm> of(String taskKey) {
        return Arrays.stream(values()).filter(form -> form.taskKey.equals(taskKey)).findFirst();
    }

    /**
     * The submitted values checked against this form: only declared fields, of their types and sizes,
     * the required ones present. Blank optional text counts as not given.
     *
     * @return the variables to complete the task with, and its comment: the {@link #COMMENT} field, or
     *         the review's comment, which the model keeps as a variable too
     * @throws InvalidFieldException naming the first field that does not fit, in words
     */
    public Completion check(String taskName, Map<String, ?> submitted) {
        for (String name : submitted.keySet()) {
            if (fields.stream().noneMatch(field -> field.name().equals(name))) {
                throw new InvalidFieldException(name, "task.invalid.unknownField", taskName, fieldNames(), abbreviate(name));
            }
        }
        Map<String, Object> checked = new HashMap<>();
        for (Field field : fields) {
            Object value = submitted.get(field.name());
            if (value instanceof String text && text.isBlank()) {
                value = null;
            }
            if (value == null) {
                if (field.requiredGiven(submitted)) {
                    throw field.required()
                            ? new InvalidFieldException(field.name(), "task.invalid.required", taskName, field.name())
                            : new InvalidFieldException(field.name(), "task.invalid.requiredUnlessYes", taskName,
                                    field.requiredUnlessYes(), field.name());
                }
                continue;
            }
            checked.put(field.name(), checkValue(field, value));
        }
        String comment = (String) checked.remove(COMMENT);
        return new Completion(checked, comment != null ? comment : (String) checked.get(MandateProcesses.VAR_REVIEW_COMMENT));
    }

    private static Object checkValue(Field field, Object value) {
        if (field.type() == FieldType.YES_NO) {
            if (!(value instanceof Boolean)) {
                throw new InvalidFieldException(field.name(), "task.invalid.notYesNo", field.name());
            }
            return value;
        }
        if (!(value instanceof String text)) {
            throw new InvalidFieldException(field.name(), "task.invalid.notText", field.name());
        }
        String stripped = text.strip();
        if (stripped.length() > field.type().maxLength) {
            throw new InvalidFieldException(field.name(), "task.invalid.tooLong", field.name(), field.type().maxLength);
        }
        if (field.type() == FieldType.DOCUMENT_SYMBOL) {
            if (!DOCUMENT_SYMBOL.matcher(stripped).matches() || !HAS_DIGIT.matcher(stripped).matches()) {
                throw new InvalidFieldException(field.name(), "task.invalid.notSymbol", abbreviate(stripped));
            }
        }
        return stripped;
    }

    private String fieldNames() {
        return String.join(", ", fields.stream().map(Field::name).toList());
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
