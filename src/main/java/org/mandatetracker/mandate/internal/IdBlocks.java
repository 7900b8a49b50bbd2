package org.mandatetracker.mandate.internal;

/**
 * Where the ids of the rows an import writes many of come from (migration V21_1): blocks of {@link #SIZE} ids
 * handed out by the application, so that Hibernate batches their inserts, as it cannot for auto-increment ids.
 */
final class IdBlocks {

    static final String TABLE = "id_block";
    static final String NAME = "name";
    static final String NEXT_VALUE = "next_value";
    /** The ids one visit to {@link #TABLE} hands out; V21_1 starts each table's count this far above its rows. */
    static final int SIZE = 50;

    private IdBlocks() {
    }
}
