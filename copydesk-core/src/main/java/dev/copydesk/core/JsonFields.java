package dev.copydesk.core;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes further fields of an article's JSON object, typically one per annotation layer. Called by
 * {@link ArticleJson} after the base fields and before the object ends. Implementations are stateless
 * and thread-safe.
 */
@FunctionalInterface
public interface JsonFields {
    void write(Article article, JsonGenerator g) throws IOException;
}
