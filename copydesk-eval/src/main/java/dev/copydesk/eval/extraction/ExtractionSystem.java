package dev.copydesk.eval.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A system whose extraction Copydesk measures: Copydesk itself or a peer. It extracts the main
 * text of a batch of pages, one {@link Outcome} per page in order; a failure on one page is that
 * page's outcome, never an exception. Implementations run the batch on the calling thread (plus,
 * for out-of-process systems, the helper threads they need) and are safe to reuse for several
 * batches, one at a time.
 */
public interface ExtractionSystem {
    /** The name shown in tables, with the version when known. */
    String name();

    /** Whether the system runs in this JVM; out-of-process systems are timed as whole batches. */
    default boolean inProcess() {
        return true;
    }

    /** Why the system cannot run here, or empty when it can. */
    default Optional<String> unavailableReason() {
        return Optional.empty();
    }

    /**
     * Extracts every page.
     *
     * @return one outcome per page, in the order of {@code pages}
     * @throws SystemUnavailableException when the system cannot run at all
     */
    List<Outcome> extractAll(List<? extends PageSource> pages, Progress progress) throws SystemUnavailableException;

    /**
     * A system that runs {@code extractor} on each page in turn on the calling thread. An exception
     * (or a stack overflow on deeply nested HTML) fails that page only.
     */
    static ExtractionSystem perPage(String name, PageExtractor extractor) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(extractor, "extractor");
        return new ExtractionSystem() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Outcome> extractAll(List<? extends PageSource> pages, Progress progress) {
                List<Outcome> outcomes = new ArrayList<>(pages.size());
                for (PageSource page : pages) {
                    outcomes.add(extractOne(page));
                    progress.pageDone(name, outcomes.size(), pages.size());
                }
                return outcomes;
            }

            private Outcome extractOne(PageSource page) {
                String html;
                try {
                    html = page.html();
                } catch (IOException e) {
                    return Outcome.failed("cannot read page: " + e.getMessage());
                }
                try {
                    return Outcome.ok(extractor.extract(html, page.url()));
                } catch (Exception | StackOverflowError e) {
                    return Outcome.failed(e);
                }
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
