package de.koop.adapter.web;

import de.koop.adapter.web.templates.StaticTemplates;
import de.koop.adapter.web.templates.Templates;

/** The precompiled templates, called through their typed facade so that javac checks every parameter. */
final class Pages {

    static final Templates TEMPLATES = new StaticTemplates();

    private Pages() {
    }
}
