package de.koop.application.change;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Which methods of a store port are declared neither writing nor reading (or both). */
final class StorePortDeclarations {

    private StorePortDeclarations() {
    }

    /** {@code Port.method} of each abstract or default method that does not carry exactly one declaration. */
    static List<String> undeclared(Class<?> port) {
        return Arrays.stream(port.getDeclaredMethods())
                .filter(method -> !Modifier.isStatic(method.getModifiers()) && !method.isSynthetic())
                .filter(method -> declarations(method) != 1)
                .map(method -> port.getSimpleName() + "." + method.getName()).sorted().toList();
    }

    private static long declarations(Method method) {
        return Stream.of(Writes.class, Reads.class, Bookkeeping.class).filter(method::isAnnotationPresent).count();
    }
}
