package org.mandatetracker.mandate.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** An entity a mandate's paragraph names: the index that renewal candidates are found through. */
@Entity
@Table(name = "mandate_mention")
public class MandateMention {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "mandate_mention")
    @TableGenerator(name = "mandate_mention", table = IdBlocks.TABLE, pkColumnName = IdBlocks.NAME,
            valueColumnName = IdBlocks.NEXT_VALUE, pkColumnValue = "mandate_mention", allocationSize = IdBlocks.SIZE)
    private Long id;
    @Column(name = "mandate_id", nullable = false)
    private Long mandateId;
    @Column(name = "entity_code", nullable = false)
    private String entityCode;

    protected MandateMention() {
    }

    public MandateMention(Long mandateId, String entityCode) {
        this.mandateId = mandateId;
        this.entityCode = entityCode;
    }
}
