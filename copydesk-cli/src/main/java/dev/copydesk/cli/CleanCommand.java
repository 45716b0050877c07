package dev.copydesk.cli;

import dev.copydesk.clean.Cleaner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code copydesk clean}: recover clean articles from text, HTML, WARC, ARC and JSON Lines. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {
            "Recover the article (title, body, captions, comments, date, source) from scraped input.",
            "Reads plain text in any common encoding, HTML (.html, .htm, also .gz), WARC / WARC.gz and "
                    + "ARC / ARC.gz (one article per HTML response) and JSON Lines (id, url, title, text, html, published).",
            "Writes one JSON object per article on standard output; unreadable inputs get one error line "
                    + "on standard error and the run goes on (exit code 1 at the end)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was read", "1:some input failed (see standard error)", "2:usage error"})
final class CleanCommand implements Callable<Integer> {
    @Mixin
    ArticleOptions options;

    @Mixin
    RunOptions run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Cleaner cleaner = new Cleaner(options.mode);
        return ArticleRun.run(spec, options.inputs, run, "cleaned", cleaner::clean, out -> new ArticleWriter(out, options.format));
    }
}
