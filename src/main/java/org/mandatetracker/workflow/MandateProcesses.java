package org.mandatetracker.workflow;

/**
 * The contract between the application and the BPMN models in {@code bpmn/}: process keys, variable
 * names, task definition keys and message names. The models use the same names in their expressions.
 *
 * <p>The application starts a process with the mandate id as business key and sets every start
 * variable, {@code null} included: the models read them in expressions, where a missing variable is an
 * error but a {@code null} one means "not known".
 */
public final class MandateProcesses {

    /** A report to be written, cleared and submitted, possibly every cycle until the mandate ends. */
    public static final String REPORT = "report-mandate";
    /** An item to be included in the provisional agenda of a session. */
    public static final String AGENDA = "agenda-mandate";
    /** Any other action: planned and implemented, with progress reports on request. */
    public static final String ACTION = "action-mandate";

    // set by the application at process start

    /** {@code Long}: the mandate's id; its {@code String} form is the business key. */
    public static final String VAR_MANDATE_ID = "mandateId";
    /**
     * {@code String}: the tasks' title in English, "S/RES/2553 (2020) para. 25: a report …", for the engine's own web
     * apps; the product composes it from the register in each reader's language.
     */
    public static final String VAR_TITLE = "title";
    /** {@code String}: candidate group of the triage, e.g. {@code DPO_MANAGER}, or {@code MANAGER}. */
    public static final String VAR_TRIAGE_GROUP = "triageGroup";
    /** {@code Date}: when the triage is due, the configured triage time after the mandate is registered. */
    public static final String VAR_TRIAGE_DUE_DATE = "triageDueDate";
    /** {@code Date} or {@code null}: the reporting date or deadline; each new cycle moves it on. */
    public static final String VAR_DUE_DATE = "dueDate";
    /** {@code String} or {@code null}: ISO-8601 period between reports, e.g. {@code P90D}, {@code P1Y}. */
    public static final String VAR_RECURRENCE = "recurrence";
    /** {@code Date} or {@code null}: the last day of the mandate. */
    public static final String VAR_MANDATE_END_DATE = "mandateEndDate";
    /** {@code String}: candidate group of the agenda task, e.g. {@code DGACM_STAFF}. */
    public static final String VAR_AGENDA_GROUP = "agendaGroup";

    // set by completing tasks

    /** {@code Boolean}, from the triage: the mandate is taken on. */
    public static final String VAR_ACCEPTED = "accepted";
    /** {@code String}, from the triage: code of the lead entity, e.g. {@code DPO}. */
    public static final String VAR_LEAD_ENTITY = "leadEntity";
    /** {@code String}, from the triage: username of the focal point. */
    public static final String VAR_FOCAL_POINT = "focalPoint";
    /** {@code Boolean}, from the review: the report is cleared. */
    public static final String VAR_APPROVED = "approved";
    /** {@code String}, from the review: why the report is sent back. */
    public static final String VAR_REVIEW_COMMENT = "reviewComment";
    /** {@code String}, from the submission: symbol of the issued document, e.g. {@code S/2021/123}. */
    public static final String VAR_DOCUMENT_SYMBOL = "documentSymbol";

    // computed by the delegates

    /** {@code Date} or {@code null}: when the draft report is due. */
    public static final String VAR_PREPARE_DUE_DATE = "prepareDueDate";
    /** {@code Date} or {@code null}: when the review and clearance is due. */
    public static final String VAR_REVIEW_DUE_DATE = "reviewDueDate";
    /** {@code Boolean}: another reporting cycle follows the one just submitted. */
    public static final String VAR_HAS_NEXT_CYCLE = "hasNextCycle";
    /** {@code Integer}: the reporting cycle, starting at 1. */
    public static final String VAR_CYCLE = "cycle";

    public static final String TASK_TRIAGE = "UserTask_Triage";
    public static final String TASK_PREPARE_REPORT = "UserTask_PrepareReport";
    public static final String TASK_REVIEW_REPORT = "UserTask_ReviewReport";
    public static final String TASK_SUBMIT_REPORT = "UserTask_SubmitReport";
    public static final String TASK_INCLUDE_AGENDA_ITEM = "UserTask_IncludeAgendaItem";
    public static final String TASK_PLAN_AND_IMPLEMENT = "UserTask_PlanAndImplement";
    public static final String TASK_REPORT_PROGRESS = "UserTask_ReportProgress";
    public static final String TASK_CLOSE = "UserTask_Close";

    /** Asks the focal point of an action mandate for a progress report; correlate by business key. */
    public static final String MESSAGE_PROGRESS_REQUESTED = "ProgressRequested";
    /**
     * A renewal took the mandate's follow-up over: every model's event sub-process ends the process
     * at "Superseded"; correlate by process instance, with {@link #VAR_SUPERSEDED_BY}.
     */
    public static final String MESSAGE_SUPERSEDED = "MandateSuperseded";
    /**
     * A renewal of the resolution left the mandate out: every model's non-interrupting event sub-process
     * asks its managers to close or keep it; correlate by process instance.
     */
    public static final String MESSAGE_LEFT_OUT = "MandateLeftOut";

    // set with the superseded message

    /** {@code String}: the symbol of the resolution whose mandate renews this one, e.g. {@code S/RES/2729 (2024)}. */
    public static final String VAR_SUPERSEDED_BY = "supersededBy";

    private MandateProcesses() {
    }
}
