package de.koop.adapter.http;

import io.micronaut.core.annotation.Nullable;

/** The bodies coordinators send about networks; read strictly from JSON by {@link JsonBody}. */
final class NetworkRequests {

    private NetworkRequests() {
    }

    /** Registers a network; {@code open} says whether it accepts new partners by declaration. */
    record Register(String name, @Nullable String shortName, String region, @Nullable String goals, Boolean open) {
        static Register read(JsonBody body) {
            return new Register(body.string("name"), body.string("shortName"), body.string("region"),
                    body.string("goals"), body.bool("open"));
        }
    }

    /** Renames a network, based on the version last read. */
    record Rename(String name, @Nullable String shortName, Long version) {
        static Rename read(JsonBody body) {
            return new Rename(body.string("name"), body.string("shortName"), body.integer("version"));
        }
    }

    /** Hands the coordination to a partner and one of its contact persons. */
    record AssignCoordination(String partnerId, String contactPersonId) {
        static AssignCoordination read(JsonBody body) {
            return new AssignCoordination(body.string("partnerId"), body.string("contactPersonId"));
        }
    }
}
