package dev.copydesk.annotate.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Quote;
import dev.copydesk.core.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One attributor shared by several threads gives every article the quotes it gives it alone. */
class ThreadSafetyTest {
    private static final String[] TEXTS = {
        "“We will reopen the bridge in May,” Ann Lee said. “And nobody will pay a toll.”",
        "The reservist asked bluntly: “Who will pay for the bridge now?”",
        "Ann Lee said the ferry had stopped, adding: “It will sail again in May.”",
        "The mayor said the delay was not the fault of the engineers, “not in the slightest.”",
        "Ann Lee told the council that the harbour would close. She added that the ferry would stop.",
    };

    @Test
    void sharedAcrossThreadsGivesTheSameQuotes() throws Exception {
        QuoteAttributor shared = new QuoteAttributor();
        List<List<Quote>> alone = new ArrayList<>();
        for (String t : TEXTS) {
            alone.add(quotes(shared, t));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Quote>>> runs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String t = TEXTS[i % TEXTS.length];
                runs.add(pool.submit(() -> quotes(shared, t)));
            }
            for (int i = 0; i < runs.size(); i++) {
                assertEquals(alone.get(i % TEXTS.length), runs.get(i).get(), TEXTS[i % TEXTS.length]);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Quote> quotes(QuoteAttributor a, String text) {
        Article article = TestLayers.article(text, "Ann Lee=Ann Lee");
        return a.process(article).layer(Layers.QUOTES, "test").items();
    }
}
