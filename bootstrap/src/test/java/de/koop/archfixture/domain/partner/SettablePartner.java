package de.koop.archfixture.domain.partner;

/** Violation: a public setter in the domain. {@link #settle()} is not a setter and must not be reported. */
public final class SettablePartner {

    private String name = "";
    private boolean settled;

    public void setName(String name) {
        this.name = name;
    }

    public void settle() {
        this.settled = true;
    }

    public String name() {
        return name;
    }

    public boolean settled() {
        return settled;
    }
}
