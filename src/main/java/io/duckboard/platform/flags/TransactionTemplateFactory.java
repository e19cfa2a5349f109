package io.duckboard.platform.flags;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Read-only transactions for cache loaders, which run outside any caller's transaction. */
@Component
class TransactionTemplateFactory {

    private final PlatformTransactionManager transactions;

    TransactionTemplateFactory(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    TransactionTemplate readOnly() {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template;
    }
}
