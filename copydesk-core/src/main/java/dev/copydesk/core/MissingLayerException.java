package dev.copydesk.core;

/** Thrown when a stage asks an {@link Article} for a layer that no earlier stage added. */
public final class MissingLayerException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public MissingLayerException(String stage, LayerKey<?> key) {
        super("stage '" + stage + "' needs layer '" + key.name() + "', which no earlier stage provided");
    }
}
