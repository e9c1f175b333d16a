package de.koop.archfixture.adapter.web;

import de.koop.archfixture.adapter.http.FixtureController;

/** Violation: a new adapter, listed nowhere, that depends on another adapter. */
public final class FixturePage {

    private final FixtureController controller = new FixtureController();

    public String render(String name) {
        return "<p>" + controller.post(name) + "</p>";
    }
}
