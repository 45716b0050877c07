package dev.copydesk.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.copydesk.link.ArticleLink;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Writes the links as JSON Lines, one object per linked article in input order, with the fields of
 * {@code copydesk stories}: {@code id, source, title, published, story, storyLabel, duplicateOf,
 * similarity, differingParagraphs} (absent values as {@code null}, the similarity to three decimals), so
 * the lines equal that command's over the same input. Written to a hidden temporary file
 * first and renamed, so a reader never sees half a file. Stateless and thread-safe.
 */
final class StoriesJsonl {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private StoriesJsonl() {
    }

    static void write(DriverLinking.Result linked, String path, Configuration conf) throws IOException {
        Path target = new Path(path);
        FileSystem fs = target.getFileSystem(conf);
        Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp");
        try (Writer w = new OutputStreamWriter(fs.create(tmp, true), StandardCharsets.UTF_8)) {
            for (ArticleFeatures a : linked.linked()) {
                ArticleLink l = linked.byId().get(a.id());
                w.write(line(a, l, linked.labels().get(l.story())));
                w.write('\n');
            }
        }
        fs.delete(target, false);
        if (!fs.rename(tmp, target)) {
            throw new IOException("cannot rename " + tmp + " to " + target);
        }
    }

    /** One article's line, without the line break. */
    static String line(ArticleFeatures a, ArticleLink l, String storyLabel) throws IOException {
        StringWriter s = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(s)) {
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("source", a.source());
            g.writeStringField("title", a.title());
            g.writeStringField("published", a.published());
            g.writeStringField("story", l.story());
            g.writeStringField("storyLabel", storyLabel);
            g.writeStringField("duplicateOf", l.duplicateOf());
            g.writeNumberField("similarity", rounded(l.similarity()));
            g.writeArrayFieldStart("differingParagraphs");
            for (int p : l.differingParagraphs()) {
                g.writeNumber(p);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return s.toString();
    }

    /** The similarity to three decimals, as {@code copydesk stories} prints it. */
    static double rounded(double similarity) {
        return Math.round(similarity * 1000) / 1000.0;
    }
}
