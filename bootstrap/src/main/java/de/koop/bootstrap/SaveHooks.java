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
    private final Consumer<Object> afterSave;

    private SaveHooks(Object store, Consumer<Object> afterSave) {
        this.store = store;
        this.afterSave = afterSave;
    }

    static <P> P wrap(Class<P> port, P store, Consumer<Object> afterSave) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
                new SaveHooks(store, afterSave)));
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
        Object result;
        try {
            result = method.invoke(store, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (WRITES.contains(method.getName())) {
            // what was written: as stored, or as given where the store returns nothing
            afterSave.accept(result != null ? result : args[0]);
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
            wakeups.get().touch(new Subject(kind, id, networkId));
        }

        /** Reminders go to the coordination and to partners' addresses: a network's all may find new ones. */
        void lookAtNetwork(NetworkId networkId) {
            wakeups.get().touchNetwork(networkId);
        }
    }

    /** Wraps each store of one port as it is created. */
    abstract static class Hooking<P> implements BeanCreatedEventListener<P> {
        private final Class<P> port;
        private final Consumer<Object> afterSave;

        Hooking(Class<P> port, Consumer<Object> afterSave) {
            this.port = port;
            this.afterSave = afterSave;
        }

        @Override
        public P onCreated(BeanCreatedEvent<P> event) {
            return wrap(port, event.getBean(), afterSave);
        }
    }

    @Singleton
    static final class HookedNetworks extends Hooking<Networks> {
        HookedNetworks(Effects effects) {
            super(Networks.class, saved -> {
                Network network = (Network) saved;
                effects.changed(network.getId());
                effects.dated(network.getId().value());
                effects.lookAtNetwork(network.getId());
            });
        }
    }

    @Singleton
    static final class HookedPartners extends Hooking<Partners> {
        HookedPartners(Effects effects) {
            super(Partners.class, saved -> {
                Partner partner = (Partner) saved;
                effects.changed(partner.getNetworkId());
                effects.dated(partner.getId().value());
                effects.lookAtNetwork(partner.getNetworkId());
            });
        }
    }

    @Singleton
    static final class HookedBodies extends Hooking<Bodies> {
        HookedBodies(Effects effects) {
            super(Bodies.class, saved -> {
                Body body = (Body) saved;
                effects.changed(body.getNetworkId());
                effects.dated(body.getId().value());
                effects.look(Kind.BODY, body.getId().value(), body.getNetworkId());
            });
        }
    }

    /** A meeting planned or held changes when its body must meet next. */
    @Singleton
    static final class HookedMeetings extends Hooking<Meetings> {
        HookedMeetings(Effects effects) {
            super(Meetings.class, saved -> {
                Meeting meeting = (Meeting) saved;
                effects.changed(meeting.getNetworkId());
                effects.dated(meeting.getId().value());
                effects.look(Kind.BODY, meeting.getBodyId().value(), meeting.getNetworkId());
            });
        }
    }

    @Singleton
    static final class HookedAgreements extends Hooking<Agreements> {
        HookedAgreements(Effects effects) {
            super(Agreements.class, saved -> {
                Agreement agreement = (Agreement) saved;
                effects.changed(agreement.getNetworkId());
                effects.look(Kind.AGREEMENT, agreement.getId().value(), agreement.getNetworkId());
            });
        }
    }

    @Singleton
    static final class HookedObligations extends Hooking<Obligations> {
        HookedObligations(Effects effects) {
            super(Obligations.class, saved -> {
                Obligation obligation = (Obligation) saved;
                effects.changed(obligation.getNetworkId());
                effects.look(Kind.OBLIGATION, obligation.getId().value(), obligation.getNetworkId());
            });
        }
    }

    /** Declarations make and end memberships: who is a (former) partner. */
    @Singleton
    static final class HookedDeclarations extends Hooking<Declarations> {
        HookedDeclarations(Effects effects) {
            super(Declarations.class, written -> effects.changed(((Declaration) written).networkId()));
        }
    }
}
