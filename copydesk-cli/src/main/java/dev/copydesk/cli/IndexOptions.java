package dev.copydesk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the index lives, for the commands that use one. */
final class IndexOptions {
    /** The index directory when none is given, relative to the working directory. */
    static final String DEFAULT_DIR = "copydesk-data";

    @Option(names = "--index", paramLabel = "DIR", defaultValue = DEFAULT_DIR,
            description = "The index directory (default: ./${DEFAULT-VALUE}).")
    Path dir;
}
