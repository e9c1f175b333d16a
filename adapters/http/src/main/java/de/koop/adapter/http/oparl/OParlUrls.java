package de.koop.adapter.http.oparl;

/**
 * The URLs of the OParl objects, which are also their ids: everything of a network lies under its
 * {@code Body}, so that one network's records answer any request about them.
 */
record OParlUrls(String base) {

    String system() {
        return base + "/system";
    }

    String bodies() {
        return base + "/bodies";
    }

    String body(String networkId) {
        return bodies() + "/" + networkId;
    }

    String list(String networkId, String kind) {
        return body(networkId) + "/" + kind;
    }

    String of(String networkId, String kind, String id) {
        return list(networkId, kind) + "/" + id;
    }
}
