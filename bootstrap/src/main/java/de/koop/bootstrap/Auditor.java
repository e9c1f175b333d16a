package de.koop.bootstrap;

import de.koop.application.port.out.AuditTrail;
import de.koop.application.usecase.AuditHook;
import de.koop.domain.audit.AuditEntry;
import de.koop.domain.network.Network;
import de.koop.domain.shared.NetworkId;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes an audit entry for each change a use case made, in its transaction: the signed-in user's id,
 * the time (UTC, the real clock), the use case and operation, the kind and id of what it returned, and
 * its network. Only names of types and ids go in, never values a user typed.
 */
@Singleton
class Auditor implements AuditHook {

    private final AuditTrail trail;
    private final SecurityService security;
    private final Clock clock = Clock.systemUTC();

    Auditor(AuditTrail trail, SecurityService security) {
        this.trail = trail;
        this.security = security;
    }

    @Override
    public void record(Class<?> port, Method method, Object[] args, Object result) {
        Object subject = result instanceof Optional<?> optional ? optional.orElse(null) : result;
        if (result instanceof Optional<?> optional && optional.isEmpty() || Boolean.FALSE.equals(result)) {
            return; // nothing was done (a refused sign-in, a sign-out with an unknown token)
        }
        String aggregate = subject == null ? "–" : subject instanceof Collection<?> many
                ? many.stream().findFirst().map(o -> o.getClass().getSimpleName() + "[]").orElse("–")
                : subject.getClass().getSimpleName().replace("Session", "Sitzung");
        trail.append(new AuditEntry(UUID.randomUUID(), clock.instant(), security.username(),
                port.getSimpleName() + "." + method.getName(), aggregate, idOf(subject), networkOf(args, subject)));
    }

    private static Optional<String> idOf(Object subject) {
        if (subject == null || subject instanceof Collection<?>) {
            return Optional.empty();
        }
        return call(subject, "getId").or(() -> call(subject, "id")).or(() -> call(subject, "personId"))
                .or(() -> call(subject, "user")
                .flatMap(user -> call(user, "getId"))).map(Object::toString);
    }

    private static Optional<NetworkId> networkOf(Object[] args, Object subject) {
        if (args != null) {
            for (Object arg : args) {
                if (arg instanceof NetworkId network) {
                    return Optional.of(network);
                }
                Optional<Object> fromCommand = arg == null ? Optional.empty() : call(arg, "networkId");
                if (fromCommand.isPresent() && fromCommand.get() instanceof NetworkId network) {
                    return Optional.of(network);
                }
            }
        }
        if (subject instanceof Network network) {
            return Optional.of(network.getId());
        }
        return Optional.ofNullable(subject).flatMap(s -> call(s, "getNetworkId")).filter(NetworkId.class::isInstance)
                .map(NetworkId.class::cast);
    }

    private static Optional<Object> call(Object target, String accessor) {
        try {
            Method method = target.getClass().getMethod(accessor);
            return method.getParameterCount() == 0 ? Optional.ofNullable(method.invoke(target)) : Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
