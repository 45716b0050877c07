package dev.copydesk.index;

import java.io.IOException;
import java.nio.file.Path;

/** There is no index in the directory given to {@link ArticleIndex#openReadOnly}. */
public final class NoIndexException extends IOException {
    private final transient Path dir;

    public NoIndexException(Path dir) {
        super("no index at " + dir);
        this.dir = dir;
    }

    /** The directory that holds no index. */
    public Path dir() {
        return dir;
    }
}
