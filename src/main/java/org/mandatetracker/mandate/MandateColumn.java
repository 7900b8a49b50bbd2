package org.mandatetracker.mandate;

/** The register's columns the database can sort by. */
public enum MandateColumn {
    SYMBOL, PARAGRAPH, KIND, DUE, LEAD, STATUS
}
