package dev.copydesk.eval.aeb;

import java.util.Map;
import java.util.Objects;

/**
 * A peer's output as the benchmark publishes it ({@code peer-outputs/<name>.json}).
 *
 * @param name    the peer, from the file name
 * @param version the peer's version when the file states it, or {@code null}
 * @param texts   article body by page id
 */
public record PublishedOutput(String name, String version, Map<String, String> texts) {
    public PublishedOutput {
        Objects.requireNonNull(name, "name");
        texts = Map.copyOf(texts);
    }

    /** Name and version, as shown in tables. */
    public String label() {
        return version == null || version.isBlank() ? name : name + " " + version;
    }
}
