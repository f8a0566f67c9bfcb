package dev.bazaar.store.adapter.out.persistence;

import java.sql.SQLIntegrityConstraintViolationException;

/** Tells a write that broke a unique key (a name or SKU taken meanwhile) from other failures. */
final class UniqueKeys {

    private UniqueKeys() {
    }

    static boolean violatedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
