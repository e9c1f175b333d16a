package de.koop.application.usecase;

import de.koop.application.access.AccessPolicy;
import de.koop.application.access.Actor;
import de.koop.application.access.CurrentActor;
import de.koop.application.port.out.Transactions;
import de.koop.application.unitofwork.UnitOfWork;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Wraps an in-port so that every call of it is one use case as declared ({@link Command}, {@link Query}):
 * the current actor must hold the operation's permission (asked of the one {@link AccessPolicy}) before
 * anything is read; a query then runs in a read-only transaction, a command in a read-write one as one
 * {@link UnitOfWork}: what it changed is handed to the handlers of stamps, record dates, reminder wake-ups
 * and the audit trail before the transaction commits, so that a change and its effects commit together, or
 * neither does. Plain Java, so that every driving adapter and every
 * use-case test gets the same boundary.
 */
public final class UseCaseBoundary {

    private final Transactions transactions;
    private final CurrentActor actors;
    private final AccessPolicy policy;
    private final UnitOfWork work;

    public UseCaseBoundary(Transactions transactions, CurrentActor actors, AccessPolicy policy, UnitOfWork work) {
        this.transactions = Objects.requireNonNull(transactions);
        this.actors = Objects.requireNonNull(actors);
        this.policy = Objects.requireNonNull(policy);
        this.work = Objects.requireNonNull(work);
    }

    /** The in-port {@code port} of {@code service}, each call checked and in its transaction. */
    public <P> P wrap(Class<P> port, P service) {
        if (!port.isInterface()) {
            throw new IllegalArgumentException(port + " is not an in-port interface");
        }
        Objects.requireNonNull(service, "service");
        Map<Method, Operation> operations = new HashMap<>();
        for (Method method : port.getMethods()) {
            if (!method.isDefault() && !java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                // a port that is not public (a test's) is called from here all the same
                method.trySetAccessible();
                operations.put(method, Operation.of(method));
            }
        }
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
                new Boundary(port, service, Map.copyOf(operations))));
    }

    /** Whether {@code bean} is an in-port wrapped by a boundary. */
    public static boolean wraps(Object bean) {
        return bean != null && Proxy.isProxyClass(bean.getClass())
                && Proxy.getInvocationHandler(bean) instanceof Boundary;
    }

    private final class Boundary implements InvocationHandler {

        private final Class<?> port;
        private final Object service;
        private final Map<Method, Operation> operations;

        Boundary(Class<?> port, Object service, Map<Method, Operation> operations) {
            this.port = port;
            this.service = service;
            this.operations = operations;
        }

        @Override
        public Object invoke(Object self, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> self == args[0];
                    case "hashCode" -> System.identityHashCode(self);
                    default -> "use case " + port.getSimpleName() + " of " + service;
                };
            }
            Operation operation = operations.get(method);
            if (operation == null) {
                // a default method of the port: it calls the port's operations, each of them checked
                return InvocationHandler.invokeDefault(self, method, args);
            }
            Actor actor = actors.actor();
            policy.check(actor, operation.permission(), operation.networkOf(args), operation.partnerOf(args));
            // the operation's own method, the one made accessible
            if (operation.query()) {
                return transactions.readOnly(() -> call(operation.method(), args));
            }
            return transactions.inTransaction(() -> work.run(port.getSimpleName() + "." + method.getName(),
                    actor.userId().map(Object::toString), () -> call(operation.method(), args)));
        }

        private Object call(Method method, Object[] args) {
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
    }
}
