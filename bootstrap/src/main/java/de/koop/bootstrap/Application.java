package de.koop.bootstrap;

import io.micronaut.runtime.Micronaut;

/** Starts koop. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
