package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;
import dev.copydesk.annotate.Layers;
import dev.copydesk.core.Article;
import dev.copydesk.core.Diagnostic;
import dev.copydesk.core.Diagnostics;
import dev.copydesk.ingest.InputError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkRowTest {
    private static final String TEXT = "Mara Voss met Ilan Reyes in Tallinn. Voss spoke first.";

    private static Article article() {
        return Article.builder().id("a1").source("feed.jsonl#3").title("Talks in Tallinn").published("2026-05-04").text(TEXT).build()
                .withLayer(Layers.ENTITIES, List.of(
                        new Entity(0, 9, "Mara Voss", EntityType.PERSON, "Mara Voss"),
                        new Entity(14, 24, "Ilan Reyes", EntityType.PERSON, "Ilan Reyes"),
                        new Entity(28, 35, "Tallinn", EntityType.LOCATION, "Tallinn"),
                        new Entity(37, 41, "Voss", EntityType.PERSON, "Mara Voss")));
    }

    @Test
    void anArticleGivesWhatLinkingReadsWithItsEntitiesCanonicalNamesInLayerOrder() {
        LinkRow row = LinkRow.of("in/feed.jsonl", 3, article());
        ArticleFeatures f = row.article();
        assertEquals(new ArticleFeatures("in/feed.jsonl", 3, "a1", "feed.jsonl#3", "Talks in Tallinn", "2026-05-04", TEXT,
                List.of("Mara Voss", "Ilan Reyes", "Tallinn", "Mara Voss")), f);
        assertNull(row.error());
    }

    @Test
    void anArticleWithoutAnEntityLayerHasNoNamesButIsAnalysed() {
        Article plain = Article.builder().id("a2").source("s").text("Plain words.").build();
        assertEquals(List.of(), LinkRow.of("in", 0, plain).article().entityNames());
    }

    @Test
    void anArticleOverTheAnalysisLimitLinksOnItsWordsAlone() {
        Article over = article().withDiagnostics(Diagnostics.builder()
                .add(new Diagnostic("analysis", Diagnostic.Kind.WARNING, FileAnalysis.NOT_ANALYSED, "too long")).build());
        assertNull(LinkRow.of("in", 0, over).article().entityNames());
    }

    @Test
    void aRowIsAnArticleOrAnErrorNeverBoth() {
        ArticleFeatures f = LinkRow.of("in", 0, article()).article();
        assertThrows(IllegalArgumentException.class, () -> new LinkRow("in", 0, f, "s", "bad"));
        assertThrows(IllegalArgumentException.class, () -> new LinkRow("in", 0, null, null, null));
    }

    @Test
    void rowsComeInInputOrderOnceEachWithTheErrorsApart() {
        Map<String, Integer> order = Map.of("b.txt", 0, "a.jsonl", 1);
        Article a = article();
        List<LinkRow> rows = List.of(
                LinkRow.of("a.jsonl", 2, a), LinkRow.error("a.jsonl", 1, "a.jsonl#2", "bad JSON"), LinkRow.of("a.jsonl", 0, a),
                LinkRow.of("b.txt", 0, a), LinkRow.of("a.jsonl", 2, a));
        List<InputError> errors = new ArrayList<>();
        List<ArticleFeatures> in = LinkRow.inOrder(rows, order, errors);
        assertEquals(List.of("b.txt#0", "a.jsonl#0", "a.jsonl#2"), in.stream().map(f -> f.input() + "#" + f.record()).toList());
        assertEquals(List.of(new InputError("a.jsonl#2", "bad JSON")), errors);
    }

    @Test
    void aRowSurvivesJavaSerializationAsSparkSendsIt() throws IOException, ClassNotFoundException {
        LinkRow row = LinkRow.of("in/feed.jsonl", 3, article());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(row);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(row, in.readObject());
        }
    }
}
