package de.koop.domain.agreement;

import de.koop.domain.shared.Text;

/** An annex of an agreement (Anlage): its title and where its text is kept. */
public record Annex(String title, String reference) {

    public Annex {
        title = Text.required(title, "title", 200);
        reference = Text.optional(reference, "reference", 500).orElse(null);
    }
}
