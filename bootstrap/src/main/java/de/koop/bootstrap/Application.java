package de.koop.bootstrap;

import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;

/** Starts koop. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        new Koop().mainClass(Application.class).args(args).start();
    }

    /** Micronaut's start, except that a wrong setting ends it with the one line {@link SettingsCheck} wrote. */
    private static final class Koop extends Micronaut {

        @Override
        protected void handleStartupException(Environment environment, Throwable exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof SettingsCheck.InvalidSettingException
                        && !environment.getActiveNames().contains(Environment.TEST)) {
                    System.exit(1);
                }
            }
            super.handleStartupException(environment, exception);
        }
    }
}
