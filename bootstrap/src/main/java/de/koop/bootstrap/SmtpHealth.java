package de.koop.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;

/**
 * Readiness while koop sends mail: the SMTP server takes connections. Only a connection is opened, no mail
 * session, so that frequent probes cost the server nothing.
 */
@Singleton
@Requires(beans = HealthEndpoint.class)
@Requires(property = "koop.mail.sender", value = "smtp")
final class SmtpHealth extends AbstractHealthIndicator<Map<String, Object>> {

    private static final int TIMEOUT_MILLIS = 2000;

    private final String host;
    private final int port;

    SmtpHealth(@Value("${javamail.properties.mail.smtp.host:localhost}") String host,
               @Value("${javamail.properties.mail.smtp.port:25}") int port) {
        this.host = host;
        this.port = port;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
        } catch (IOException e) {
            throw new UncheckedIOException("SMTP server " + host + ":" + port + " unreachable", e);
        }
        healthStatus = HealthStatus.UP;
        return Map.of("host", host, "port", port);
    }

    @Override
    protected String getName() {
        return "smtp";
    }
}
