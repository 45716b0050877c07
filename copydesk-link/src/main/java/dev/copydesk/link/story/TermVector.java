package dev.copydesk.link.story;

/**
 * A sparse unit vector: term ids and weights, heaviest first. Immutable once built.
 *
 * @param ids     term ids
 * @param weights their weights, in the same order
 */
record TermVector(int[] ids, float[] weights) {
    static final TermVector EMPTY = new TermVector(new int[0], new float[0]);

    int size() {
        return ids.length;
    }

    boolean isEmpty() {
        return ids.length == 0;
    }
}
