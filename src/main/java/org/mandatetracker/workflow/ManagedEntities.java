package org.mandatetracker.workflow;

import java.util.HashMap;
import java.util.Map;
import org.mandatetracker.security.UserService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether an entity has active managers, asked of the database once per entity and transaction: an import
 * starts all its mandates' processes in one transaction, most of them addressed to the same few entities.
 */
@Component
class ManagedEntities {

    private final UserService users;

    ManagedEntities(UserService users) {
        this.users = users;
    }

    boolean hasActiveManagers(String entityCode) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return users.hasActiveManagers(entityCode);
        }
        return answersOfThisTransaction().computeIfAbsent(entityCode, users::hasActiveManagers);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Boolean> answersOfThisTransaction() {
        Map<String, Boolean> answers = (Map<String, Boolean>) TransactionSynchronizationManager.getResource(this);
        if (answers == null) {
            Map<String, Boolean> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResource(ManagedEntities.this);
                }
            });
            answers = fresh;
        }
        return answers;
    }
}
