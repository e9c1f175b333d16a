package de.koop.bootstrap;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Wraps an in-port so that every call is one transaction, keeping the application's services free of
 * any framework. Ports named {@code ...Query} run read-only; every other call is a change and leaves an
 * entry in the audit trail.
 */
final class TransactionalUseCase {

    private TransactionalUseCase() {
    }

    static <P> P wrap(Class<P> port, P service, UseCaseTransactions transactions, Auditor auditor) {
        boolean readOnly = port.getSimpleName().endsWith("Query");
        Object proxy = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
                (self, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return objectMethod(self, method, args, port, service);
                    }
                    if (readOnly || Auditor.reads(method)) {
                        return transactions.run(readOnly, () -> invoke(method, service, args));
                    }
                    // a change and its audit entry commit together, or neither does
                    return transactions.run(false, () -> {
                        Object result = invoke(method, service, args);
                        auditor.record(port, method, args, result);
                        return result;
                    });
                });
        return port.cast(proxy);
    }

    private static Object invoke(Method method, Object service, Object[] args) {
        try {
            return method.invoke(service, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object objectMethod(Object self, Method method, Object[] args, Class<?> port, Object service) {
        return switch (method.getName()) {
            case "equals" -> self == args[0];
            case "hashCode" -> System.identityHashCode(self);
            default -> "transactional " + port.getSimpleName() + " of " + service;
        };
    }
}
