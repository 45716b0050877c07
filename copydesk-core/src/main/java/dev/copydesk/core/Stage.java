package dev.copydesk.core;

import java.util.Set;

/**
 * One step of the annotation pipeline: a function from an {@link Article} to the same article with
 * more layers. Implementations must be final, stateless after construction and thread-safe: Spark
 * partitions and HTTP threads share one instance.
 *
 * <p>A stage declares the layers it reads ({@link #requires()}) and the layers it adds
 * ({@link #provides()}); {@link Pipeline} checks these when it is built, not when it runs.
 */
public interface Stage {
    /** Short stable name used in diagnostics and errors, e.g. {@code "quote-attributor"}. */
    String name();

    /** Layers this stage reads; each must be provided by an earlier stage. */
    Set<LayerKey<?>> requires();

    /** Layers this stage adds. */
    Set<LayerKey<?>> provides();

    /**
     * Returns {@code article} with this stage's layers added. Messy text is normal: record problems as
     * diagnostics on the returned article rather than throwing.
     */
    Article process(Article article);
}
