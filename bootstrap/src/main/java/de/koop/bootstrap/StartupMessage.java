package de.koop.bootstrap;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells whoever started koop where to find it. */
@Singleton
class StartupMessage implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StartupMessage.class);

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        String url = event.getSource().getURL().toString();
        LOG.info("koop läuft: {}  (Anmelden im Browser: {}/anmelden, API: {}/api/v1/networks, OpenAPI: {}/openapi.yml, "
                + "Health: {}/health)", url, url, url, url, url);
    }
}
