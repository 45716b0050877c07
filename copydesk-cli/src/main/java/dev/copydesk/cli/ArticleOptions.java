package dev.copydesk.cli;

import picocli.CommandLine.Option;

/** The inputs, output format and cleaning mode shared by {@code clean} and {@code analyze}. */
final class ArticleOptions extends InputOptions {
    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;
}
