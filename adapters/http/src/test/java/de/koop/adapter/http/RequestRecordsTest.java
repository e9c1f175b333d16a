package de.koop.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every body a route of the API takes is a request record that {@link RequestReader} can read, all the way
 * down, also the variants of its rules that no scenario sends; so no route binds a body leniently.
 */
class RequestRecordsTest {

    @Test
    void everyBodyOfEveryRouteIsARecordTheReaderCanRead() throws IOException, URISyntaxException {
        List<String> bodies = new ArrayList<>();
        for (Class<?> controller : controllers()) {
            for (Method method : controller.getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(Body.class)) {
                        assertThat(parameter.getType().isRecord()).as(controller.getSimpleName() + "." + method.getName()
                                + " takes a request record").isTrue();
                        RequestReader.check(parameter.getParameterizedType());
                        bodies.add(controller.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertThat(bodies).hasSizeGreaterThanOrEqualTo(30).contains("NetworkController.register",
                "BodyController.establish", "AuthController.login");
    }

    /** The controllers of this adapter, found among its compiled classes. */
    private static List<Class<?>> controllers() throws IOException, URISyntaxException {
        Path classes = Path.of(RequestReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path here = classes.resolve(RequestReader.class.getPackageName().replace('.', '/'));
        List<Class<?>> controllers = new ArrayList<>();
        try (Stream<Path> files = Files.list(here)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Controller.class")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                try {
                    Class<?> type = Class.forName(RequestReader.class.getPackageName() + "." + name);
                    if (type.isAnnotationPresent(Controller.class)) {
                        controllers.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return controllers;
    }
}
