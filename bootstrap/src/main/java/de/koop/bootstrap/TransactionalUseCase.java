package de.koop.bootstrap;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Wraps an in-port so that every call is one transaction and, within it, one unit of work of the
 * application, keeping the application's services free of any framework. Ports named {@code ...Query} run
 * read-only. What a call changed, it records itself; the unit of work hands that to the handlers of stamps,
 * record dates, reminder wake-ups and the audit trail before the transaction commits.
 */
final class TransactionalUseCase {

    private TransactionalUseCase() {
    }

    static <P> P wrap(Class<P> port, P service, UseCaseTransactions transactions, UseCaseRuns runs) {
        boolean readOnly = port.getSimpleName().endsWith("Query");
        Object proxy = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
                (self, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return objectMethod(self, method, args, port, service);
                    }
                    // a change and its effects (the audit entry among them) commit together, or neither does
                    return transactions.run(readOnly, () -> runs.run(port.getSimpleName() + "." + method.getName(),
                            () -> invoke(method, service, args)));
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
