package dev.copydesk.cli;

import dev.copydesk.annotate.AnnotationJson;
import dev.copydesk.annotate.Layers;
import dev.copydesk.core.Annotation;
import dev.copydesk.core.Article;
import dev.copydesk.core.LayerKey;
import dev.copydesk.pipeline.AnalysisConfig;
import dev.copydesk.pipeline.ArticleAnalyzer;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code copydesk analyze}: clean, then annotate entities, quotes, amounts and dates. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {
            "Clean the input like 'copydesk clean', then find who and what the article names: entities "
                    + "(people, organisations, places, groups) with their canonical names, quotes, amounts and dates.",
            "Reads the same inputs as 'clean' and writes the same JSON Lines with the fields entities, quotes, "
                    + "amounts and dates added; their offsets are UTF-16 indices into text, end exclusive.",
            "Language models load once, in a few seconds, before the first article."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was read", "1:some input failed (see standard error)", "2:usage error"})
final class AnalyzeCommand implements Callable<Integer> {
    @Mixin
    ArticleOptions options;

    @Mixin
    RunOptions run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ArticleAnalyzer analyzer = ArticleAnalyzer.standard(AnalysisConfig.defaults().withCleanMode(options.mode));
        return ArticleRun.run(spec, options.inputs, run, "analyzed", analyzer::process,
                out -> new ArticleWriter(out, options.format, List.of(AnnotationJson.INSTANCE), AnalyzeCommand::writeEntities));
    }

    private static void writeEntities(Article a, PrintWriter out) {
        section(a, out, Layers.ENTITIES, "Entities", e -> e.type() + "  " + e.text()
                + (e.text().equals(e.canonical()) ? "" : "  → " + e.canonical()));
        section(a, out, Layers.QUOTES, "Quotes", q -> (q.direct() ? "“" + q.text() + "”" : "(reported) " + q.text())
                + "  — " + (q.speakerCanonical() == null ? "unknown speaker" : q.speakerCanonical())
                + (q.speaker() == null || q.speaker().equals(q.speakerCanonical()) ? "" : " (as “" + q.speaker() + "”)")
                + (q.cue() == null ? "" : ", " + q.cue()));
        section(a, out, Layers.AMOUNTS, "Amounts", m -> m.text() + " = " + BigDecimal.valueOf(m.value()).stripTrailingZeros().toPlainString()
                + (m.unit() == null ? "" : " " + m.unit()) + (m.object() == null ? "" : " of " + m.object()));
        section(a, out, Layers.DATES, "Dates", d -> d.text() + " = " + d.value());
    }

    private static <T extends Annotation> void section(Article a, PrintWriter out, LayerKey<T> key, String title,
                                                       Function<T, String> line) {
        if (!a.hasLayer(key) || a.layer(key, "analyze").size() == 0) {
            return;
        }
        out.println();
        out.println("--- " + title);
        for (T item : a.layer(key, "analyze")) {
            out.println("  " + line.apply(item) + "  [" + item.start() + "," + item.end() + ")");
        }
    }
}
