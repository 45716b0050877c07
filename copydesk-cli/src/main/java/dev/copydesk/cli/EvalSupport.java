package dev.copydesk.cli;

import dev.copydesk.eval.extraction.ExtractionSystem;
import dev.copydesk.eval.extraction.Peers;
import dev.copydesk.eval.extraction.Progress;
import dev.copydesk.eval.extraction.ReadabilityJs;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What the eval and bench commands share: the peer line-up and progress on standard error. */
final class EvalSupport {
    private static final long PROGRESS_INTERVAL_NANOS = 2_000_000_000L;

    private EvalSupport() {}

    /** boilerpipe, readability4j and Mozilla Readability (Node.js), in that order. */
    static List<ExtractionSystem> livePeers(Path readabilityJs, String node) {
        List<ExtractionSystem> peers = new ArrayList<>();
        peers.add(Peers.boilerpipe());
        peers.add(Peers.readability4j());
        peers.add(new ReadabilityJs(readabilityJsDir(readabilityJs), node, Duration.ofMinutes(2)));
        return peers;
    }

    /** The given folder, else {@code tools/readability-js} found from the working directory or the jar, else {@code null}. */
    static Path readabilityJsDir(Path given) {
        if (given != null) {
            return given;
        }
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of(""));
        try {
            starts.add(Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            // No jar location: the working directory alone.
        }
        return ReadabilityJs.locate(starts).orElse(null);
    }

    /**
     * Progress lines on {@code err}, at most one every two seconds per system plus one when it is
     * done; nothing when {@code quiet}.
     */
    static Progress progress(PrintWriter err, boolean quiet) {
        if (quiet) {
            return Progress.NONE;
        }
        return new Progress() {
            private String system = "";
            private long last;

            @Override
            public void pageDone(String name, int done, int total) {
                long now = System.nanoTime();
                if (done == total || !name.equals(system) || now - last >= PROGRESS_INTERVAL_NANOS) {
                    system = name;
                    last = now;
                    err.printf("copydesk: %s: %d/%d pages%n", name, done, total);
                    err.flush();
                }
            }
        };
    }
}
