package org.mandatetracker.mandate.internal;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.type.StandardBasicTypes;

/**
 * The full-text match of the register's search, on the databases that have the index for it: MySQL and MariaDB
 * (MariaDB's dialect is MySQL's), whose full-text index over the paragraph, the deliverable and the resolution
 * symbol {@link V20_1__MandateWordIndex} creates. Other databases (H2) have no such function, and the search reads
 * the rows instead. Registered through {@code META-INF/services}.
 */
public class FullTextFunctions implements FunctionContributor {

    /** {@code mandate_words_match(text, deliverable, symbol, words)}: the relevance in boolean mode, above 0 if matched. */
    public static final String MANDATE_WORDS_MATCH = "mandate_words_match";

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        if (functions.getDialect() instanceof MySQLDialect) {
            functions.getFunctionRegistry().registerPattern(MANDATE_WORDS_MATCH,
                    "match(?1, ?2, ?3) against (?4 in boolean mode)",
                    functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.DOUBLE));
        }
    }
}
