package de.koop.application.change;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.port.out.Networks;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every method of every store port says whether it writes a use case's change ({@link Writes}), only reads
 * ({@link Reads}) or writes koop's bookkeeping ({@link Bookkeeping}): a new method that writes cannot slip
 * past the unit of work unnoticed.
 */
class StorePortsDeclareTheirWritesTest {

    /** Out-ports that keep nothing of koop's: their methods need no declaration. */
    private static final Set<String> NOT_STORES = Set.of("CalendarEvents", "MailSender", "MessageTemplates",
            "PasswordHasher", "Transactions");

    @Test
    void everyMethodOfEveryStorePortIsDeclaredWritingReadingOrBookkeeping() throws Exception {
        List<Class<?>> ports = outPorts();

        assertThat(ports).extracting(Class::getSimpleName).as("the ports that are no stores exist")
                .containsAll(NOT_STORES).hasSizeGreaterThan(NOT_STORES.size() + 10);
        assertThat(ports.stream().filter(port -> !NOT_STORES.contains(port.getSimpleName()))
                .flatMap(port -> StorePortDeclarations.undeclared(port).stream())).isEmpty();
    }

    @Test
    void aStoreMethodWithoutDeclarationIsFound() {
        assertThat(StorePortDeclarations.undeclared(UndeclaredStore.class))
                .containsExactly("UndeclaredStore.delete", "UndeclaredStore.save");
    }

    /** A store port as a developer might extend one: a new method without a declaration, and one with two. */
    interface UndeclaredStore {
        @Reads
        String find(String id);

        @Writes(Change.Kind.PARTNER)
        @Reads
        String save(String partner);

        void delete(String id);
    }

    /** The top-level interfaces of the out-port package, from the compiled classes. */
    private static List<Class<?>> outPorts() throws IOException, URISyntaxException {
        Path folder = Path.of(Networks.class.getResource("Networks.class").toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class"))
                    .<Class<?>>map(name -> load(Networks.class.getPackageName() + "." + name.replace(".class", "")))
                    .filter(Class::isInterface).sorted(java.util.Comparator.comparing(Class::getName)).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
