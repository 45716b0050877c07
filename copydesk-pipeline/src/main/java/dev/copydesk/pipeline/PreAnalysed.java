package dev.copydesk.pipeline;

import dev.copydesk.annotate.AnalysedArticleJson;
import dev.copydesk.annotate.AnnotationJson;
import dev.copydesk.core.Article;
import dev.copydesk.core.ArticleJson;
import dev.copydesk.ingest.RawInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Already analysed articles for {@link Ingestor} under {@link IngestConfig#preAnalysed()}: reads one
 * {@link RawInput.Kind#ARTICLE_JSON} input back into an {@link Article} with its layers, and
 * fingerprints it over its layers too, so that the same text analysed differently replaces the stored
 * article while an identical record is skipped. Stateless and thread-safe.
 */
final class PreAnalysed {
    private PreAnalysed() {
    }

    /**
     * The article an input holds.
     *
     * @throws IllegalArgumentException when the input is not an analysed record or its layers are invalid
     */
    static Article read(RawInput in) {
        if (in.kind() != RawInput.Kind.ARTICLE_JSON) {
            throw new IllegalArgumentException("not an analysed article: only JSON Lines records as 'copydesk analyze' "
                    + "writes them can be ingested as analysed");
        }
        return AnalysedArticleJson.read(in.content());
    }

    /** A fingerprint that covers the store's fingerprint of {@code a} and {@code a}'s layers. */
    static String fingerprint(String storeFingerprint, Article a) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update("pre-analysed".getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(storeFingerprint.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(ArticleJson.toJson(a, List.of(AnnotationJson.INSTANCE)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
