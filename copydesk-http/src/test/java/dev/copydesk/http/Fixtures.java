package dev.copydesk.http;

import dev.copydesk.annotate.Annotators;
import dev.copydesk.clean.Cleaner;
import dev.copydesk.core.Article;
import dev.copydesk.core.Pipeline;
import dev.copydesk.index.ArticleIndex;
import dev.copydesk.ingest.RawInput;
import dev.copydesk.pipeline.StoryLinking;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Synthetic news articles (written for these tests), analysed once per JVM with the standard
 * pipeline, and a real index holding them.
 */
final class Fixtures {
    static final String HOSTILE_TITLE = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    static final String GABBASOV = "Ruslan Gabbasov";

    private static final List<RawInput> INPUTS = List.of(
            new RawInput("fixtures/ufa-protest.txt", "ufa-protest", "https://www.example-news.org/2022/ufa-protest",
                    "Reservists protest in Ufa over missing pay", "2022-09-24", null, RawInput.Kind.TEXT, """
                    Dozens of reservists gathered outside the city hall in Ufa on Saturday, demanding the pay they \
                    were promised when they were called up.

                    "We were told we would get 195,000 roubles a month, and we have seen nothing," said Ruslan \
                    Gabbasov, a local activist who organised the protest.

                    Mr Gabbasov said the regional government had ignored their letters since September 21. \
                    "Nobody answers us," he added.

                    The Ministry of Defence did not respond to a request for comment."""),
            new RawInput("fixtures/inquiry.txt", "bashkortostan-inquiry", "https://www.example-news.org/2022/inquiry",
                    "Bashkortostan officials promise an inquiry", "2022-10-03", null, RawInput.Kind.TEXT, """
                    Officials in Bashkortostan promised on Monday to look into complaints from the families of \
                    mobilised men, a week after the protest outside the city hall in Ufa over the pay they were \
                    promised when they were called up.

                    "Every family will receive what the law provides," said Radiy Khabirov, the head of the republic.

                    Ruslan Gabbasov, who now lives in Lithuania, called the promise empty. "We have heard this \
                    before, and nothing changed," Mr Gabbasov told reporters."""),
            new RawInput("fixtures/ferry.txt", "tallinn-ferry", "https://harbour-times.example.com/ferry",
                    "Harbour authority approves a new ferry terminal", "2021-05-14", null, RawInput.Kind.TEXT, """
                    The Port of Tallinn approved a plan on Tuesday to build a new ferry terminal costing €40 million.

                    "This terminal will serve travellers for decades," said Valdo Kalm, the port's chief executive.

                    Construction is due to begin in Tallinn next spring."""),
            new RawInput("fixtures/hostile.txt", "hostile", null, HOSTILE_TITLE, "2022-11-01", null, RawInput.Kind.TEXT, """
                    A reader sent <b>bold</b> words and <img src=x onerror=alert(2)> to the newsroom in Riga.

                    "Markup is only text here," said Anna Kalnina, the editor of the paper."""));

    /** A wire copy of the ferry article, a day later, with one paragraph added. */
    static final RawInput FERRY_COPY = new RawInput("fixtures/ferry-wire.txt", "tallinn-ferry-wire",
            "https://baltic-wire.example.net/ferry", "Tallinn to build a new ferry terminal", "2021-05-15", null,
            RawInput.Kind.TEXT, """
            The Port of Tallinn approved a plan on Tuesday to build a new ferry terminal costing €40 million.

            "This terminal will serve travellers for decades," said Valdo Kalm, the port's chief executive.

            Construction is due to begin in Tallinn next spring.

            The terminal is expected to cost €45 million in total, the city's transport office said.""");

    /** A follow-up to the ferry story two days later: another cost, and the quote with a word added. */
    static final RawInput FERRY_FOLLOWUP = new RawInput("fixtures/ferry-critics.txt", "tallinn-ferry-critics",
            "https://tallinn-daily.example.ee/ferry-critics", "Critics question Tallinn ferry terminal", "2021-05-16",
            null, RawInput.Kind.TEXT, """
            The Port of Tallinn will build a new ferry terminal costing €45 million, critics said on Sunday.

            "This terminal will serve Estonian travellers for decades," Valdo Kalm, the port's chief executive, \
            said at the launch of the ferry terminal plan.

            Residents near the harbour in Tallinn fear more traffic from the new ferry terminal.""");

    private static List<Article> analyzed;
    private static List<Article> ferryStory;

    private Fixtures() {
    }

    /** The fixture articles, cleaned (text taken as it is) and analysed. */
    static synchronized List<Article> articles() {
        if (analyzed == null) {
            Cleaner cleaner = new Cleaner(Cleaner.Mode.NONE);
            Pipeline pipeline = Annotators.standard();
            analyzed = INPUTS.stream().map(in -> pipeline.process(cleaner.clean(in))).toList();
        }
        return analyzed;
    }

    /** The wire copy of the ferry article and the follow-up, analysed. */
    static synchronized List<Article> ferryStory() {
        if (ferryStory == null) {
            Cleaner cleaner = new Cleaner(Cleaner.Mode.NONE);
            Pipeline pipeline = Annotators.standard();
            ferryStory = List.of(pipeline.process(cleaner.clean(FERRY_COPY)), pipeline.process(cleaner.clean(FERRY_FOLLOWUP)));
        }
        return ferryStory;
    }

    /** A new index in {@code dir} holding every fixture article, linked and committed. */
    static ArticleIndex index(Path dir) {
        return index(dir, articles());
    }

    /**
     * A new index in {@code dir} holding every fixture article, the ferry article's wire copy and a follow-up,
     * linked and committed.
     */
    static ArticleIndex storyIndex(Path dir) {
        List<Article> all = new java.util.ArrayList<>(articles());
        all.addAll(ferryStory());
        return index(dir, all);
    }

    private static ArticleIndex index(Path dir, List<Article> articles) {
        try {
            ArticleIndex index = ArticleIndex.open(dir);
            for (Article a : articles) {
                index.put(a, ArticleIndex.fingerprint(a));
            }
            new StoryLinking(index).relink();
            index.commit();
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
