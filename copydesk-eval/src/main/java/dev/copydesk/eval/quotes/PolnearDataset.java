package dev.copydesk.eval.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A PolNeAR split folder: {@code text/<article>.txt} and {@code attributions/<article>_<annotator>.ann}.
 *
 * <p>How gold is formed: only direct quotes count (content wholly inside quote marks, see
 * {@link Brat#isDirect}). Most articles have one annotator; when several annotated an article, their
 * direct quotes are pooled and deduplicated: a quote whose content overlaps an already kept quote by
 * more than half of the shorter one is the same quote, and its sources are added to the kept quote's
 * accepted sources. Annotators are read in file-name order.
 */
public final class PolnearDataset {
    private PolnearDataset() {
    }

    /** Loads every article of {@code dir}, sorted by id. */
    public static List<PolnearArticle> load(Path dir) throws IOException {
        Path texts = dir.resolve("text");
        Path anns = dir.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
            throw new IOException(dir + " is not a PolNeAR split (expected text/ and attributions/)");
        }
        Map<String, List<Path>> byArticle = new TreeMap<>();
        try (Stream<Path> files = Files.list(anns)) {
            files.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().forEach(p -> {
                String name = p.getFileName().toString();
                int cut = name.lastIndexOf('_');
                String id = cut > 0 ? name.substring(0, cut) : name.substring(0, name.length() - 4);
                byArticle.computeIfAbsent(id, k -> new ArrayList<>()).add(p);
            });
        }
        List<PolnearArticle> out = new ArrayList<>();
        for (var entry : byArticle.entrySet()) {
            Path textFile = texts.resolve(entry.getKey() + ".txt");
            if (!Files.isRegularFile(textFile)) {
                continue;
            }
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            List<String> annotations = new ArrayList<>();
            for (Path p : entry.getValue()) {
                annotations.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            out.add(new PolnearArticle(entry.getKey(), text, gold(text, annotations)));
        }
        return out;
    }

    /** The pooled, deduplicated direct quotes of the given annotators' files. */
    public static List<GoldQuote> gold(String text, List<String> annotations) {
        List<List<int[]>> contents = new ArrayList<>();
        List<List<int[]>> sources = new ArrayList<>();
        for (String ann : annotations) {
            for (Brat.Attribution a : Brat.parse(ann)) {
                if (!Brat.isDirect(text, a.content())) {
                    continue;
                }
                int same = -1;
                for (int i = 0; i < contents.size() && same < 0; i++) {
                    if (sameQuote(contents.get(i), a.content())) {
                        same = i;
                    }
                }
                if (same < 0) {
                    contents.add(a.content());
                    sources.add(new ArrayList<>(a.source()));
                } else {
                    sources.get(same).addAll(a.source());
                }
            }
        }
        List<GoldQuote> out = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            out.add(new GoldQuote(contents.get(i), sources.get(i)));
        }
        return out;
    }

    private static boolean sameQuote(List<int[]> a, List<int[]> b) {
        int overlap = QuoteScorer.overlap(a, b);
        int shorter = Math.min(QuoteScorer.length(a), QuoteScorer.length(b));
        return shorter > 0 && overlap * 2 > shorter;
    }
}
