package dev.copydesk.annotate;

/** The kinds of named entity Copydesk reports. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    /** Nationalities, religious and political groups ("Bashkirs", "Ukrainians", "Republicans"). */
    NORP,
    MISC
}
