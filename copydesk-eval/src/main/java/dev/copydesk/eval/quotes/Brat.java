package dev.copydesk.eval.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads brat standoff attribution files: {@code T<n>\t<Type> <start> <end>[;<start> <end>]\t<text>}
 * text-bound spans (Source, Cue, Content) and {@code E<n>\tAttribution:T.. Content:T.. Cue:T.. Source:T..}
 * events tying them together. Lenient: malformed lines and dangling references are skipped. Thread-safe.
 */
public final class Brat {
    /** One attribution: its content and source spans, each a list of {@code [start, end)} pairs. */
    public record Attribution(List<int[]> content, List<int[]> source) {
    }

    private Brat() {
    }

    public static List<Attribution> parse(String ann) {
        Map<String, List<int[]>> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : ann.split("\n")) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            if (cols[0].startsWith("T")) {
                String[] typeAndSpans = cols[1].split(" ", 2);
                if (typeAndSpans.length < 2) {
                    continue;
                }
                List<int[]> list = new ArrayList<>();
                try {
                    for (String part : typeAndSpans[1].split(";")) {
                        String[] se = part.trim().split(" ");
                        list.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
                    }
                } catch (RuntimeException e) {
                    continue;
                }
                spans.put(cols[0], list);
            } else if (cols[0].startsWith("E")) {
                events.add(cols[1].trim().split(" "));
            }
        }
        List<Attribution> out = new ArrayList<>();
        for (String[] args : events) {
            List<int[]> content = null;
            List<int[]> source = new ArrayList<>();
            for (String arg : args) {
                int colon = arg.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String role = arg.substring(0, colon).replaceAll("\\d+$", "");
                List<int[]> s = spans.get(arg.substring(colon + 1));
                if (s == null) {
                    continue;
                }
                if (role.equals("Content")) {
                    content = s;
                } else if (role.equals("Source")) {
                    source.addAll(s);
                }
            }
            if (content != null) {
                out.add(new Attribution(content, source));
            }
        }
        return out;
    }

    /**
     * The spans in text order with those separated only by white space joined: annotators often mark a
     * quote of several sentences ("“A. B.”") as one span per sentence, and its content as a whole is
     * still wholly inside the marks.
     */
    static List<int[]> joinAdjacent(String text, List<int[]> content) {
        List<int[]> sorted = new java.util.ArrayList<>(content);
        sorted.sort(java.util.Comparator.comparingInt((int[] x) -> x[0]));
        List<int[]> out = new java.util.ArrayList<>();
        for (int[] span : sorted) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && span[0] >= last[1] && text.substring(Math.min(last[1], text.length()),
                    Math.min(Math.max(span[0], last[1]), text.length())).isBlank()) {
                out.set(out.size() - 1, new int[] {last[0], Math.max(last[1], span[1])});
            } else {
                out.add(span);
            }
        }
        return out;
    }

    /**
     * True when every stretch of {@code content} (spans separated only by white space are one stretch), trimmed of white space and trailing punctuation, opens with
     * a quote mark and closes with the matching one, with no closing mark of that kind inside: the words
     * are wholly inside quote marks.
     */
    public static boolean isDirect(String text, List<int[]> content) {
        for (int[] span : joinAdjacent(text, content)) {
            int s = Math.max(0, span[0]);
            int e = Math.min(text.length(), span[1]);
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ".,;:".indexOf(text.charAt(e - 1)) >= 0)) {
                e--;
            }
            if (e - s < 2) {
                return false;
            }
            char open = text.charAt(s);
            char close = text.charAt(e - 1);
            char expected = switch (open) {
                case '“' -> '”';
                case '"' -> '"';
                case '‘' -> '’';
                default -> 0;
            };
            if (expected == 0 || close != expected) {
                return false;
            }
            for (int i = s + 1; i < e - 1; i++) {
                char c = text.charAt(i);
                if (c == expected && !(expected == '’' && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1)))) {
                    return false;
                }
            }
        }
        return !content.isEmpty();
    }
}
