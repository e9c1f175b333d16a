package de.koop.bootstrap;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The console output of the shipped logging configuration ({@code src/main/resources/logback.xml}) while open,
 * in the format {@code KOOP_LOG_FORMAT} selects; afterwards the test configuration again.
 */
final class ShippedLogOutput implements AutoCloseable {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final PrintStream console = System.out;

    ShippedLogOutput(String format) {
        URL shipped = ShippedLogOutput.class.getResource("/logback.xml");
        if (shipped == null || !shipped.getPath().contains("/classes/")) {
            throw new IllegalStateException("the shipped logback.xml is not on the class path: " + shipped);
        }
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        if (format == null) {
            System.clearProperty("KOOP_LOG_FORMAT");
        } else {
            System.setProperty("KOOP_LOG_FORMAT", format);
        }
        configure(shipped);
    }

    /** The lines written so far. */
    List<String> lines() {
        return Arrays.stream(captured.toString(StandardCharsets.UTF_8).split("\n")).filter(l -> !l.isBlank()).toList();
    }

    private void configure(URL configuration) {
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(configuration);
        } catch (JoranException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        System.clearProperty("KOOP_LOG_FORMAT");
        context.reset();
        try {
            new ContextInitializer(context).autoConfig();
        } catch (JoranException e) {
            throw new IllegalStateException(e);
        }
        System.setOut(console);
    }
}
