package dev.copydesk.link.story;

/** The kinds of terms a story vector is made of; each has its own TF-IDF sub-vector. */
enum Feature {
    WORDS('w'), STEMS('s'), ENTITIES('e'), NUMBERS('n');

    /** Prefix that keeps the terms of different features apart in one dictionary. */
    final char prefix;

    Feature(char prefix) {
        this.prefix = prefix;
    }
}
