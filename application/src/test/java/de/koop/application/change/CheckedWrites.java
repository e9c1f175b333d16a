package de.koop.application.change;

import de.koop.application.unitofwork.UnitOfWork;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * A store around which every {@link Writes} method checks that the running use case recorded a change of
 * the kind it writes before calling it: a use case that writes without recording (its network's stamp
 * would not be raised first, its record not dated, no audit entry written) fails the test that runs it.
 * For tests only: production wires the stores as they are.
 */
public final class CheckedWrites implements InvocationHandler {

    private final String port;
    private final Object store;
    private final UnitOfWork work;

    private CheckedWrites(String port, Object store, UnitOfWork work) {
        this.port = port;
        this.store = store;
        this.work = work;
    }

    /** The store, checked against the runs of {@code work}. */
    public static <P> P around(Class<P> port, P store, UnitOfWork work) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
                new CheckedWrites(port.getSimpleName(), store, work)));
    }

    /** The store inside a checked one (for tests that empty it), or the store itself. */
    public static Object unwrap(Object store) {
        return Proxy.isProxyClass(store.getClass()) && Proxy.getInvocationHandler(store) instanceof CheckedWrites checked
                ? checked.store : store;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "checked " + store;
            };
        }
        Writes writes = method.getAnnotation(Writes.class);
        if (writes != null && !work.recorded(writes.value())) {
            throw new AssertionError(port + "." + method.getName() + " writes a " + writes.value()
                    + ", but the use case recorded no such change before (Changes.record)");
        }
        try {
            return method.invoke(store, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
