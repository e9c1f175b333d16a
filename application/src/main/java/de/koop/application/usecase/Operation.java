package de.koop.application.usecase;

import de.koop.application.access.Permission;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.Optional;

/**
 * One in-port operation as declared: command or query, the permission it requires, and which of its
 * arguments names the network (a {@link NetworkId}, an {@code Optional<NetworkId>}, or a
 * {@link NetworkScoped} command) and the partner it acts for ({@link OnBehalfOfPartner}).
 *
 * @param declared whether the operation carries {@link Command} or {@link Query}; an undeclared one is
 *                 a command for administrators only
 * @param networkArgument the index of the argument naming the network, -1 if none does
 * @param partnerArgument the index of the argument naming the partner acted for, -1 if none does
 */
public record Operation(Method method, boolean query, Permission permission, boolean declared, int networkArgument,
                        int partnerArgument) {

    public Operation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(permission, "permission");
    }

    /** Reads the declaration of an in-port method. */
    public static Operation of(Method method) {
        Command command = method.getAnnotation(Command.class);
        Query query = method.getAnnotation(Query.class);
        if (command != null && query != null) {
            throw new IllegalStateException(method + " is declared both a command and a query");
        }
        boolean declared = command != null || query != null;
        Permission permission = command != null ? command.value() : query != null ? query.value()
                : Permission.ADMINISTER;
        int network = -1;
        int partner = -1;
        Class<?>[] types = method.getParameterTypes();
        Type[] generic = method.getGenericParameterTypes();
        for (int i = 0; i < types.length; i++) {
            if (network < 0 && (types[i] == NetworkId.class || NetworkScoped.class.isAssignableFrom(types[i])
                    || isOptionalOf(generic[i], NetworkId.class))) {
                network = i;
            }
            if (partner < 0 && OnBehalfOfPartner.class.isAssignableFrom(types[i])) {
                partner = i;
            }
        }
        return new Operation(method, query != null, permission, declared, network, partner);
    }

    private static boolean isOptionalOf(Type type, Class<?> element) {
        return type instanceof ParameterizedType parameterized && parameterized.getRawType() == Optional.class
                && parameterized.getActualTypeArguments()[0] == element;
    }

    /** The network the call names; empty if it names none (an empty optional, or no such argument). */
    public Optional<NetworkId> networkOf(Object[] args) {
        if (networkArgument < 0 || args == null || args[networkArgument] == null) {
            return Optional.empty();
        }
        Object arg = args[networkArgument];
        if (arg instanceof NetworkId network) {
            return Optional.of(network);
        }
        if (arg instanceof NetworkScoped scoped) {
            return Optional.ofNullable(scoped.networkId());
        }
        return ((Optional<?>) arg).map(NetworkId.class::cast);
    }

    /** The partner the call acts for, if the operation names one. */
    public Optional<PartnerId> partnerOf(Object[] args) {
        if (partnerArgument < 0 || args == null || args[partnerArgument] == null) {
            return Optional.empty();
        }
        return ((OnBehalfOfPartner) args[partnerArgument]).onBehalfOf();
    }

    /** Finds an in-port operation by name, for adapters that say which operation a request drives. */
    public static Operation named(Class<?> port, String name) {
        Method found = null;
        for (Method method : port.getMethods()) {
            if (method.getName().equals(name) && !method.isDefault()) {
                if (found != null) {
                    throw new IllegalArgumentException(port.getSimpleName() + "." + name + " is overloaded");
                }
                found = method;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException(port.getSimpleName() + " has no operation " + name);
        }
        return of(found);
    }
}
