package de.koop.bootstrap;

import de.koop.application.port.out.Bodies;
import de.koop.application.port.out.Meetings;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Partners;
import de.koop.application.port.out.RecordDates;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.Meeting;
import de.koop.domain.network.Network;
import de.koop.domain.partner.Partner;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;

/**
 * Dates every save of the stores whose records the public read API shows (networks, partners, bodies,
 * meetings) in {@link RecordDates}, within the save's transaction: whichever adapter stores them, and
 * without each service having to remember it.
 */
final class DatedSaves implements InvocationHandler {

    private final Object store;
    private final Function<Object, UUID> idOf;
    private final Provider<RecordDates> dates;
    private final Clock clock;

    private DatedSaves(Object store, Function<Object, UUID> idOf, Provider<RecordDates> dates, Clock clock) {
        this.store = store;
        this.idOf = idOf;
        this.dates = dates;
        this.clock = clock;
    }

    static <P> P wrap(Class<P> port, P store, Function<Object, UUID> idOf, Provider<RecordDates> dates, Clock clock) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
                new DatedSaves(store, idOf, dates, clock)));
    }

    /** The store behind a dated one, for tests that empty it. */
    static Object unwrap(Object store) {
        return Proxy.isProxyClass(store.getClass()) && Proxy.getInvocationHandler(store) instanceof DatedSaves dated
                ? dated.store : store;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "dated " + store;
            };
        }
        Object result;
        try {
            result = method.invoke(store, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (method.getName().equals("save")) {
            dates.get().written(idOf.apply(result), clock.instant());
        }
        return result;
    }

    /** Wraps each store of one port as it is created. */
    abstract static class DatingListener<P> implements BeanCreatedEventListener<P> {
        private final Class<P> port;
        private final Function<Object, UUID> idOf;
        private final Provider<RecordDates> dates;
        private final Clock clock;

        DatingListener(Class<P> port, Function<Object, UUID> idOf, Provider<RecordDates> dates, Clock clock) {
            this.port = port;
            this.idOf = idOf;
            this.dates = dates;
            this.clock = clock;
        }

        @Override
        public P onCreated(BeanCreatedEvent<P> event) {
            return wrap(port, event.getBean(), idOf, dates, clock);
        }
    }

    @Singleton
    static final class DatedNetworks extends DatingListener<Networks> {
        DatedNetworks(Provider<RecordDates> dates, Clock clock) {
            super(Networks.class, n -> ((Network) n).getId().value(), dates, clock);
        }
    }

    @Singleton
    static final class DatedPartners extends DatingListener<Partners> {
        DatedPartners(Provider<RecordDates> dates, Clock clock) {
            super(Partners.class, p -> ((Partner) p).getId().value(), dates, clock);
        }
    }

    @Singleton
    static final class DatedBodies extends DatingListener<Bodies> {
        DatedBodies(Provider<RecordDates> dates, Clock clock) {
            super(Bodies.class, b -> ((Body) b).getId().value(), dates, clock);
        }
    }

    @Singleton
    static final class DatedMeetings extends DatingListener<Meetings> {
        DatedMeetings(Provider<RecordDates> dates, Clock clock) {
            super(Meetings.class, m -> ((Meeting) m).getId().value(), dates, clock);
        }
    }
}
