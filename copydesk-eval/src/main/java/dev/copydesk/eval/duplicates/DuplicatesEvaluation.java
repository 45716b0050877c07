package dev.copydesk.eval.duplicates;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.clean.Cleaner;
import dev.copydesk.core.Article;
import dev.copydesk.eval.report.Table;
import dev.copydesk.eval.stories.GoldLines;
import dev.copydesk.eval.stories.ClusterScores;
import dev.copydesk.ingest.InputError;
import dev.copydesk.ingest.InputSink;
import dev.copydesk.ingest.Inputs;
import dev.copydesk.ingest.RawInput;
import dev.copydesk.link.dup.DupInput;
import dev.copydesk.link.dup.DuplicateFinder;
import dev.copydesk.link.dup.DuplicateLink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Duplicate detection against generated truth: originals (JSON Lines with {@code doc_id} or {@code id}, {@code
 * text}, optional {@code title} and gold {@code cluster}, like ECB+; or a folder of articles Copydesk reads) become
 * a {@link DuplicateCorpus}, the {@link DuplicateFinder} groups it, and the groups are scored pairwise against the
 * truth, with the share of each edit's articles put with their original. Stateless and thread-safe.
 */
public final class DuplicatesEvaluation {

    private DuplicatesEvaluation() {
    }

    /**
     * How one edit fared.
     *
     * @param edit     the edit's name
     * @param copy     whether its articles are copies
     * @param articles articles it made
     * @param linked   of those, how many were grouped with their original
     * @param named    of those, how many named the true original as theirs
     */
    public record EditRow(String edit, boolean copy, int articles, int linked, int named) {
    }

    /**
     * The outcome.
     *
     * @param originals    originals used (distinct texts)
     * @param twins        originals read but left out as near-copies of another ({@link DuplicateCorpus#distinct})
     * @param articles     articles in the corpus
     * @param scores       pairwise (and BCubed) scores of the duplicate groups
     * @param edits        one row per edit, in {@link CopyEdits#all()} order
     * @param clusterPairs pairs of originals of one gold cluster (same event, different writers)
     * @param clusterLinks of those, pairs grouped as duplicates
     * @param seed         the generator's seed
     */
    public record Report(int originals, int twins, int articles, ClusterScores scores, List<EditRow> edits, long clusterPairs,
                         long clusterLinks, long seed) {
        public Report {
            edits = List.copyOf(edits);
        }
    }

    /** The originals of a JSON Lines file, or of every article in a folder (cleaned as 'copydesk clean' does). */
    public static List<Original> load(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return loadFolder(path);
        }
        List<Original> out = new ArrayList<>();
        GoldLines.read(path, (node, n) -> {
            String id = GoldLines.id(node);
            if (id == null || text(node, "text") == null) {
                throw new IOException(path + ":" + n + ": needs doc_id (or id) and text");
            }
            out.add(new Original(id, text(node, "title"), text(node, "text"), text(node, "cluster")));
        });
        return out;
    }

    private static List<Original> loadFolder(Path dir) throws IOException {
        Cleaner cleaner = new Cleaner();
        List<Original> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Inputs.withDefaults().read(List.of(dir.toString()), new ByteArrayInputStream(new byte[0]), new InputSink() {
            @Override
            public void accept(RawInput input) {
                Article a = cleaner.clean(input);
                if (!a.text().isBlank()) {
                    out.add(new Original(a.id(), a.title(), a.text(), null));
                }
            }

            @Override
            public void error(InputError error) {
                errors.add(error.source() + ": " + error.message());
            }
        });
        if (!errors.isEmpty()) {
            throw new IOException(errors.get(0) + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        }
        Map<String, Original> unique = new LinkedHashMap<>();
        out.forEach(o -> unique.putIfAbsent(o.id(), o));
        return new ArrayList<>(unique.values());
    }

    /** Builds the corpus for {@code seed}, finds its duplicates and scores them. */
    public static Report run(List<Original> read, long seed) {
        List<Original> originals = DuplicateCorpus.distinct(read);
        List<DuplicateCorpus.Article> corpus = DuplicateCorpus.build(originals, seed);
        List<DupInput> inputs = new ArrayList<>(corpus.size());
        for (DuplicateCorpus.Article a : corpus) {
            inputs.add(new DupInput(a.id(), a.published().toString(), a.title(), a.text()));
        }
        Map<String, DuplicateLink> links = new HashMap<>();
        new DuplicateFinder().find(inputs).forEach(l -> links.put(l.id(), l));
        Map<String, String> gold = new LinkedHashMap<>();
        Map<String, String> predicted = new LinkedHashMap<>();
        for (DuplicateCorpus.Article a : corpus) {
            gold.put(a.id(), a.truth());
            predicted.put(a.id(), group(links.get(a.id())));
        }
        List<EditRow> rows = new ArrayList<>();
        for (CopyEdit edit : CopyEdits.all()) {
            int articles = 0;
            int linked = 0;
            int named = 0;
            for (DuplicateCorpus.Article a : corpus) {
                if (a.edit() == null || !a.edit().name().equals(edit.name())) {
                    continue;
                }
                articles++;
                if (predicted.get(a.id()).equals(predicted.get(a.original()))) {
                    linked++;
                    if (a.original().equals(links.get(a.id()).duplicateOf())) {
                        named++;
                    }
                }
            }
            rows.add(new EditRow(edit.name(), edit.isCopy(), articles, linked, named));
        }
        long clusterPairs = 0;
        long clusterLinks = 0;
        for (int i = 0; i < originals.size(); i++) {
            for (int j = i + 1; j < originals.size(); j++) {
                Original a = originals.get(i);
                Original b = originals.get(j);
                if (a.cluster() != null && a.cluster().equals(b.cluster())) {
                    clusterPairs++;
                    if (predicted.get(a.id()).equals(predicted.get(b.id()))) {
                        clusterLinks++;
                    }
                }
            }
        }
        return new Report(originals.size(), read.size() - originals.size(), corpus.size(), ClusterScores.of(gold, predicted), rows, clusterPairs,
                clusterLinks, seed);
    }

    private static String group(DuplicateLink link) {
        return link.duplicateOf() == null ? link.id() : link.duplicateOf();
    }

    /** Two tables: the pairwise scores, then one row per edit and one for same-event originals. */
    public static List<Table> tables(Report r, String source) {
        ClusterScores s = r.scores();
        Table scores = Table.builder(String.format(Locale.ROOT,
                        "Duplicate detection on %d distinct originals from %s (%d near-copies of another left out) and "
                                + "copies generated from those of %d words or more (seed %d): pairwise scores of the "
                                + "duplicate groups (Jaccard %.2f, containment %.2f)",
                        r.originals(), source, r.twins(), DuplicateCorpus.MIN_WORDS, r.seed(), DuplicateFinder.JACCARD_THRESHOLD,
                        DuplicateFinder.CONTAINMENT_THRESHOLD))
                .number("articles").number("true groups").number("found groups")
                .number("pair P").number("pair R").number("pair F1")
                .row(Integer.toString(r.articles()), Integer.toString(s.goldClusters()),
                        Integer.toString(s.predictedClusters()), f(s.pairPrecision()), f(s.pairRecall()), f(s.pairF1()))
                .build();
        Table.Builder edits = Table.builder("By edit: copies should be linked (recall), the others kept apart")
                .text("edit").text("should be").number("articles").number("linked").number("share")
                .number("original named");
        for (EditRow e : r.edits()) {
            edits.row(e.edit(), e.copy() ? "linked" : "apart", Integer.toString(e.articles()), Integer.toString(e.linked()),
                    e.articles() == 0 ? "-" : f((double) e.linked() / e.articles()),
                    e.copy() ? Integer.toString(e.named()) : "-");
        }
        edits.row("same event, other writer (gold cluster pairs)", "apart", Long.toString(r.clusterPairs()),
                Long.toString(r.clusterLinks()), r.clusterPairs() == 0 ? "-" : f((double) r.clusterLinks() / r.clusterPairs()), "-");
        return List.of(scores, edits.build());
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String text(JsonNode node, String field) {
        return GoldLines.text(node, field);
    }
}
