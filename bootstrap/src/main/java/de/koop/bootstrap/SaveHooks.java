package de.koop.bootstrap;

import de.koop.application.port.out.Agreements;
import de.koop.application.port.out.Bodies;
import de.koop.application.port.out.Declarations;
import de.koop.application.port.out.Meetings;
import de.koop.application.port.out.NetworkStamps;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Obligations;
import de.koop.application.port.out.Partners;
import de.koop.application.port.out.RecordDates;
import de.koop.application.port.out.ReminderWakeups;
import de.koop.application.port.out.ReminderWakeups.Kind;
import de.koop.application.port.out.ReminderWakeups.Subject;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.declaration.Declaration;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.Meeting;
import de.koop.domain.network.Network;
import de.koop.domain.obligation.Obligation;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.NetworkId;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What follows every save of a store, within the save's transaction, whichever adapter stores it and
 * without each service having to remember it: the network's stamp raised ({@link NetworkStamps}), the
 * record's dates for the public read API ({@link RecordDates}: networks, partners, bodies, meetings), and
 * a look by the next reminder sweep at what the save may have changed ({@link ReminderWakeups}).
 */
final class SaveHooks implements InvocationHandler {

    /** The methods that write: {@code save} on every store, and a declaration's two. */
    private static final Set<String> WRITES = Set.of("save", "append", "replaceRedacted");

    private final Object store;
    private final Consumer<Object> beforeWrite;
    private final Consumer<Object> afterWrite;

    private SaveHooks(Object store, Consumer<Object> beforeWrite, Consumer<Object> afterWrite) {
        this.store = store;
        this.beforeWrite = beforeWrite;
        this.afterWrite = afterWrite;
    }

    static <P> P wrap(Class<P> port, P store, Consumer<Object> beforeWrite, Consumer<Object> afterWrite) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
                new SaveHooks(store, beforeWrite, afterWrite)));
    }

    /** The store behind a hooked one, for tests that empty it. */
    static Object unwrap(Object store) {
        return Proxy.isProxyClass(store.getClass()) && Proxy.getInvocationHandler(store) instanceof SaveHooks hooks
                ? hooks.store : store;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "hooked " + store;
            };
        }
        boolean write = WRITES.contains(method.getName());
        if (write) {
            beforeWrite.accept(args[0]);
        }
        Object result;
        try {
            result = method.invoke(store, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (write) {
            // what was written: as stored, or as given where the store returns nothing
            afterWrite.accept(result != null ? result : args[0]);
        }
        return result;
    }

    /** What a save can call for: its record dated, a look by the next sweep at a subject or a whole network. */
    @Singleton
    static final class Effects {
        private final Provider<RecordDates> dates;
        private final Provider<ReminderWakeups> wakeups;
        private final Provider<NetworkStamps> stamps;
        private final Clock clock;

        Effects(Provider<RecordDates> dates, Provider<ReminderWakeups> wakeups, Provider<NetworkStamps> stamps,
                Clock clock) {
            this.dates = dates;
            this.wakeups = wakeups;
            this.stamps = stamps;
            this.clock = clock;
        }

        void changed(NetworkId networkId) {
            stamps.get().changed(networkId);
        }

        void dated(UUID id) {
            dates.get().written(id, clock.instant());
        }

        void look(Kind kind, UUID id, NetworkId networkId) {
            wakeups.get().wakeAtNextSweep(new Subject(kind, id, networkId));
        }

        /** Reminders go to the coordination and to partners' addresses: a network's all may find new ones. */
        void lookAtNetwork(NetworkId networkId) {
            wakeups.get().wakeNetworkAtNextSweep(networkId);
        }
    }

    /**
     * Wraps each store of one port as it is created. The network's stamp is raised before the write: every
     * writer in a network then takes the stamp's row lock first and its records' locks after, in the same
     * order, so two writers in one network wait for each other instead of deadlocking.
     */
    abstract static class Hooking<P> implements BeanCreatedEventListener<P> {
        private final Class<P> port;
        private final Consumer<Object> beforeWrite;
        private final Consumer<Object> afterWrite;

        Hooking(Class<P> port, Effects effects, Function<Object, NetworkId> networkOf, Consumer<Object> afterWrite) {
            this.port = port;
            this.beforeWrite = written -> effects.changed(networkOf.apply(written));
            this.afterWrite = afterWrite;
        }

        @Override
        public P onCreated(BeanCreatedEvent<P> event) {
            return wrap(port, event.getBean(), beforeWrite, afterWrite);
        }
    }

    @Singleton
    static final class HookedNetworks extends Hooking<Networks> {
        HookedNetworks(Effects effects) {
            super(Networks.class, effects, n -> ((Network) n).getId(), saved -> {
                effects.dated(((Network) saved).getId().value());
                effects.lookAtNetwork(((Network) saved).getId());
            });
        }
    }

    @Singleton
    static final class HookedPartners extends Hooking<Partners> {
        HookedPartners(Effects effects) {
            super(Partners.class, effects, p -> ((Partner) p).getNetworkId(), saved -> {
                effects.dated(((Partner) saved).getId().value());
                effects.lookAtNetwork(((Partner) saved).getNetworkId());
            });
        }
    }

    @Singleton
    static final class HookedBodies extends Hooking<Bodies> {
        HookedBodies(Effects effects) {
            super(Bodies.class, effects, b -> ((Body) b).getNetworkId(), saved -> {
                Body body = (Body) saved;
                effects.dated(body.getId().value());
                effects.look(Kind.BODY, body.getId().value(), body.getNetworkId());
            });
        }
    }

    /** A meeting planned or held changes when its body must meet next. */
    @Singleton
    static final class HookedMeetings extends Hooking<Meetings> {
        HookedMeetings(Effects effects) {
            super(Meetings.class, effects, m -> ((Meeting) m).getNetworkId(), saved -> {
                Meeting meeting = (Meeting) saved;
                effects.dated(meeting.getId().value());
                effects.look(Kind.BODY, meeting.getBodyId().value(), meeting.getNetworkId());
            });
        }
    }

    @Singleton
    static final class HookedAgreements extends Hooking<Agreements> {
        HookedAgreements(Effects effects) {
            super(Agreements.class, effects, a -> ((Agreement) a).getNetworkId(), saved -> effects.look(
                    Kind.AGREEMENT, ((Agreement) saved).getId().value(), ((Agreement) saved).getNetworkId()));
        }
    }

    @Singleton
    static final class HookedObligations extends Hooking<Obligations> {
        HookedObligations(Effects effects) {
            super(Obligations.class, effects, o -> ((Obligation) o).getNetworkId(), saved -> effects.look(
                    Kind.OBLIGATION, ((Obligation) saved).getId().value(), ((Obligation) saved).getNetworkId()));
        }
    }

    /** Declarations make and end memberships: who is a (former) partner. */
    @Singleton
    static final class HookedDeclarations extends Hooking<Declarations> {
        HookedDeclarations(Effects effects) {
            super(Declarations.class, effects, d -> ((Declaration) d).networkId(), written -> {
            });
        }
    }
}
