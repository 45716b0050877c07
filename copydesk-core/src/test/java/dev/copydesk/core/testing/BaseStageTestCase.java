package dev.copydesk.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.Annotation;
import dev.copydesk.core.Article;
import dev.copydesk.core.Diagnostic;
import dev.copydesk.core.Layer;
import dev.copydesk.core.LayerKey;
import dev.copydesk.core.MissingLayerException;
import dev.copydesk.core.Pipeline;
import dev.copydesk.core.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Stage} is held to, on random and hostile text (see
 * {@link RandomizedTestCase}). A stage joins with one subclass and one factory method:
 * <pre>{@code
 * class DateResolverContractTest extends BaseStageTestCase {
 *     protected Stage newStage() { return new DateResolver(); }
 * }
 * }</pre>
 * A stage that reads other layers also names the stages that provide them ({@link #upstream()}); they
 * run once per input, single-threaded, before the stage under test.
 *
 * <p>On every result: the text, metadata, earlier layers and earlier diagnostics are unchanged; the
 * result holds exactly the earlier layers plus the declared {@link Stage#provides()}; every annotation
 * of a provided layer lies in the text, cuts no surrogate pair, and equals the text it carries (see
 * {@link ArticleChecks}); layers listed in {@link #disjointLayers()} do not overlap; new diagnostics
 * name the stage and report no defect ({@link ArticleChecks#isDefect}). Besides: the declarations are
 * consistent, an article missing a required layer fails with a {@link MissingLayerException} naming
 * the stage and the layer, and one shared instance gives the same results on four threads.
 */
public abstract class BaseStageTestCase extends RandomizedTestCase<Article> {
    private static final List<String> PUBLISHED = Arrays.asList(null, null, null, "2022-10-05", "2024-02-29",
            "2022-12-31T23:59:59Z", "2016-09-12", "0001-01-01", "9999-12-31");

    private Stage stage;
    private List<Stage> upstream;

    /** A new instance of the stage under test; each test method makes one and shares it between its threads. */
    protected abstract Stage newStage();

    /** Stages that provide what the stage under test {@link Stage#requires() requires}, in order; none by default. */
    protected List<Stage> upstream() {
        return List.of();
    }

    /** Provided layers whose annotations must never overlap. */
    protected Set<LayerKey<?>> disjointLayers() {
        return Set.of();
    }

    /** Whether the {@code text} of annotations in {@code key}'s layer is their span's text verbatim. */
    protected boolean textIsVerbatim(LayerKey<?> key) {
        return true;
    }

    /** Stage-specific checks on a result, after the shared ones; none by default. */
    protected void checkAnnotations(Article in, Article out) {
    }

    /** The shared instance of the stage under test. */
    protected final Stage stage() {
        if (stage == null) {
            stage = newStage();
        }
        return stage;
    }

    private List<Stage> upstreamStages() {
        if (upstream == null) {
            upstream = List.copyOf(upstream());
        }
        return upstream;
    }

    @Override
    protected Set<LayerKey<?>> layerKeys() {
        Set<LayerKey<?>> keys = new LinkedHashSet<>();
        upstreamStages().forEach(s -> keys.addAll(s.provides()));
        keys.addAll(stage().provides());
        return keys;
    }

    /**
     * The article a stage gets: the input as its text, a publication date that is sometimes missing and
     * sometimes at the edge of the calendar, and the layers of the {@link #upstream()} stages.
     */
    @Override
    protected Article prepare(String input) {
        Article a = Article.builder().id("input-" + Integer.toHexString(input.hashCode())).source("random")
                .text(input).published(PUBLISHED.get(Math.floorMod(input.hashCode(), PUBLISHED.size()))).build();
        for (Stage s : upstreamStages()) {
            a = s.process(a);
        }
        return a;
    }

    @Override
    protected Article run(Article prepared) {
        return stage().process(prepared);
    }

    @Override
    protected void check(Article in, Article out) {
        Stage s = stage();
        assertEquals(in.text(), out.text(), "the text changed");
        assertEquals(List.of(in.id(), in.source(), String.valueOf(in.url()), String.valueOf(in.title()),
                        String.valueOf(in.byline()), String.valueOf(in.published()), String.valueOf(in.language())),
                List.of(out.id(), out.source(), String.valueOf(out.url()), String.valueOf(out.title()),
                        String.valueOf(out.byline()), String.valueOf(out.published()), String.valueOf(out.language())),
                "metadata changed");
        assertEquals(in.captions(), out.captions(), "captions changed");
        assertEquals(in.comments(), out.comments(), "comments changed");
        assertSame(in.sourceOffsets().orElse(null), out.sourceOffsets().orElse(null), "offset map changed");

        List<Diagnostic> before = in.diagnostics().items();
        List<Diagnostic> after = out.diagnostics().items();
        assertTrue(after.size() >= before.size() && after.subList(0, before.size()).equals(before),
                "earlier diagnostics changed");
        for (Diagnostic d : after.subList(before.size(), after.size())) {
            assertEquals(s.name(), d.stage(), () -> "diagnostic names another stage: " + d);
            assertFalse(ArticleChecks.isDefect(d), () -> "the stage reports a defect of its own: " + d);
        }

        Set<String> expected = new HashSet<>(in.layerNames());
        s.provides().forEach(k -> expected.add(k.name()));
        assertEquals(expected, new HashSet<>(out.layerNames()), "layers other than the earlier ones and provides()");
        for (LayerKey<?> key : layerKeys()) {
            if (in.hasLayer(key) && !s.provides().contains(key)) {
                assertEquals(in.layer(key, "test").items(), out.layer(key, "test").items(),
                        () -> "earlier layer '" + key.name() + "' changed");
            }
        }
        for (LayerKey<?> key : s.provides()) {
            Layer<?> layer = out.layer(key, "test");
            ArticleChecks.checkLayer(out.text(), layer, textIsVerbatim(key));
            if (disjointLayers().contains(key)) {
                ArticleChecks.checkDisjoint(layer);
            }
        }
        checkAnnotations(in, out);
    }

    @Test
    final void declaresWhatItNeedsAndProvides() {
        Stage s = stage();
        assertFalse(s.name() == null || s.name().isBlank(), "stage name");
        assertFalse(s.provides().isEmpty(), "a stage provides at least one layer");
        Set<String> provided = s.provides().stream().map(LayerKey::name).collect(Collectors.toSet());
        for (LayerKey<?> need : s.requires()) {
            assertFalse(provided.contains(need.name()), () -> "requires and provides '" + need.name() + "'");
        }
        List<Stage> chain = new ArrayList<>(upstreamStages());
        chain.add(s);
        Pipeline.of(Set.of(), chain);
        assertTrue(disjointLayers().stream().allMatch(s.provides()::contains), "disjointLayers() are provided");
    }

    @Test
    final void missingRequiredLayerFailsNamingStageAndLayer() {
        Stage s = stage();
        Article full = prepare("Mr Smith said “we will fight on” on 21 September 2022, and $3.5bn was spent.");
        for (LayerKey<?> missing : s.requires()) {
            Article.Builder b = Article.builder().id(full.id()).source(full.source()).text(full.text())
                    .published(full.published());
            for (LayerKey<?> key : layerKeys()) {
                if (!key.name().equals(missing.name()) && full.hasLayer(key)) {
                    b.layer(layerOf(full, key));
                }
            }
            Article without = b.build();
            MissingLayerException e = assertThrows(MissingLayerException.class, () -> s.process(without),
                    () -> "no error for a missing '" + missing.name() + "' layer");
            assertTrue(e.getMessage().contains(s.name()) && e.getMessage().contains(missing.name()),
                    () -> "the error names neither the stage nor the layer: " + e.getMessage());
        }
        if (s.requires().isEmpty()) {
            Article bare = Article.builder().id("bare").source("test").text(full.text()).build();
            assertTrue(s.provides().stream().allMatch(s.process(bare)::hasLayer), "a stage needing nothing runs on a bare article");
        }
    }

    private static <T extends Annotation> Layer<T> layerOf(Article a, LayerKey<T> key) {
        return Layer.of(key, a.layer(key, "test").items(), a.text().length());
    }
}
