package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import de.koop.application.port.in.DispatchOutboxUseCase;
import de.koop.application.port.in.NetworkStampQuery;
import de.koop.application.port.in.SendRemindersUseCase;
import de.koop.application.usecase.UseCaseBoundary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every in-port bean in the context is wrapped in the application's {@link UseCaseBoundary} (checked,
 * one transaction, audited), but for the deliberate exceptions named here: removing a wrapping, or a
 * new in-port bean without one, fails this test.
 */
class UseCaseBoundaryWiringTest {

    /** The in-ports whose beans are the services themselves, and why. */
    private static final Map<Class<?>, String> NOT_WRAPPED = Map.of(
            NetworkStampQuery.class, "one read of one row on every cached answer, public like the answers",
            SendRemindersUseCase.class, "the sweep commits a round at a time; only the sweeper and the "
                    + "administrators' route (AccessRule) call it",
            DispatchOutboxUseCase.class, "the dispatcher claims and records each message in transactions of its "
                    + "own; only the outbox poller calls it");

    private static RunningKoop koop;

    @BeforeAll
    static void start() {
        // with SMTP switched on, so that the dispatcher is a bean too (nothing is sent: the outbox stays empty)
        koop = RunningKoop.inMemory(RunningKoop.sendingTo(25, 1));
    }

    @AfterAll
    static void stop() {
        koop.close();
    }

    private static List<Class<?>> inPorts() {
        List<Class<?>> ports = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.koop.application.port.in")) {
            if (type.isInterface() && !type.isAnnotation() && !type.getMethods().isEmpty()
                    && type.getPackageName().equals("de.koop.application.port.in")) {
                ports.add(type.reflect());
            }
        }
        return ports;
    }

    @Test
    void everyInPortBeanIsWrappedInTheBoundaryButTheNamedExceptions() {
        List<String> unwrapped = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Class<?> port : inPorts()) {
            var beans = koop.context().getBeansOfType(port);
            if (beans.isEmpty()) {
                missing.add(port.getSimpleName());
            }
            for (Object bean : beans) {
                if (!UseCaseBoundary.wraps(bean) && !NOT_WRAPPED.containsKey(port)) {
                    unwrapped.add(port.getSimpleName() + ": " + bean.getClass().getName());
                }
            }
        }

        assertThat(inPorts()).hasSizeGreaterThan(30);
        assertThat(missing).as("in-ports without a bean").isEmpty();
        assertThat(unwrapped).as("in-port beans outside the boundary").isEmpty();
    }

    @Test
    void theExceptionsAreInPortsWithBeansThatAreReallyNotWrapped() {
        for (Class<?> port : NOT_WRAPPED.keySet()) {
            assertThat(koop.context().getBeansOfType(port)).as(port.getSimpleName()).isNotEmpty()
                    .noneMatch(UseCaseBoundary::wraps);
        }
    }
}
