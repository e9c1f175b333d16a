package de.koop.bootstrap;

/**
 * A network with the City of Leipzig bound by a framework agreement that care services may accede
 * to at any time, and one care service about to accede: the occasion of most messages.
 */
record LeipzigFrameworkAgreement(Api api, String base, String city, String careService, String agreement) {

    static LeipzigFrameworkAgreement setUp(Api api) {
        String base = "/api/v1/networks/" + api.post("/api/v1/networks",
                CoordinatorApiScenarios.networkJson("Leipziger Kooperation Pflege", "LeiKoP", true)).string("id");
        String city = api.post(base + "/partners", CoordinatorApiScenarios.partnerJson("Stadt Leipzig",
                "CITY_ADMINISTRATION", "pflegenetz@leipzig.example")).string("id");
        String careService = api.post(base + "/partners", CoordinatorApiScenarios.partnerJson(
                "Pflegedienst Sonnenschein", "SERVICE_PROVIDER", "info@sonnenschein.example")).string("id");
        String agreement = api.post(base + "/agreements", """
                {"kind": "FRAMEWORK_AGREEMENT", "title": "Rahmenvereinbarung LeiKoP", "parties": ["%s"],
                 "term": {"type": "UNLIMITED"}, "termination": {"type": "ANY_TIME"}, "concludedOn": "2019-11-20"}"""
                .formatted(city)).string("id");
        return new LeipzigFrameworkAgreement(api, base, city, careService, agreement);
    }

    /** The care service accedes, its contact Jana Vogel signing; received 15 March 2021. */
    Api.Response accede(boolean publishLogo) {
        return api.post(base + "/declarations/accessions", """
                {"agreementId": "%s", "partnerId": "%s", "acceptedVersion": 1,
                 "contact": {"organisation": "Pflegedienst", "name": "Jana Vogel", "phone": "0341 301-7788",
                             "email": "jana.vogel@sonnenschein.example"},
                 "publishLogo": %s, "publishContacts": false, "noCommercialSelfInterest": true,
                 "signedOn": "2021-03-12", "receivedOn": "2021-03-15", "recordedBy": "Katrin Böhme"}"""
                .formatted(agreement, careService, publishLogo));
    }

    /** A partner terminates or withdraws. */
    Api.Response terminate(String partner, String receivedOn) {
        return api.post(base + "/declarations/terminations", """
                {"agreementId": "%s", "partnerId": "%s", "receivedOn": "%s", "recordedBy": "Katrin Böhme"}"""
                .formatted(agreement, partner, receivedOn));
    }
}
