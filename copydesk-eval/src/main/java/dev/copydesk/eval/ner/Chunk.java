package dev.copydesk.eval.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An entity as the CoNLL scorer sees it: a type over a half-open range of token indices.
 *
 * @param start first token, inclusive
 * @param end   after the last token
 * @param type  the CoNLL type: PER, ORG, LOC or MISC
 */
public record Chunk(int start, int end, String type) {
    public Chunk {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid chunk [" + start + ", " + end + ")");
        }
    }

    /**
     * The chunks of an IOB1 tag sequence, as the CoNLL scorer reads it: an {@code I-X} after {@code O}
     * or after another type starts a chunk, {@code B-X} starts one even right after {@code X}.
     */
    public static List<Chunk> fromIob1(List<String> tags) {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
            String t = prefix.equals("O") ? null : tag.substring(2);
            boolean continues = t != null && t.equals(type) && !prefix.equals("B");
            if (!continues) {
                if (type != null) {
                    out.add(new Chunk(start, i, type));
                }
                start = i;
                type = t;
            }
        }
        return out;
    }
}
