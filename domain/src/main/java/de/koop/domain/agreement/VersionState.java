package de.koop.domain.agreement;

/** Whether a version is only proposed (an amendment awaiting consent) or concluded. */
public enum VersionState {
    PROPOSED,
    CONCLUDED
}
