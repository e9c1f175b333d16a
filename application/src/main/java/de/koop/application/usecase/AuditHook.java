package de.koop.application.usecase;

import java.lang.reflect.Method;

/** Records in the audit trail what a command did, inside its transaction. */
@FunctionalInterface
public interface AuditHook {

    /** Nothing is recorded: for use-case tests that do not look at the trail. */
    AuditHook NONE = (port, operation, args, result) -> { };

    void record(Class<?> port, Method operation, Object[] args, Object result);
}
