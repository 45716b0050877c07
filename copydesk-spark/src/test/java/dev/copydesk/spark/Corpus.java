package dev.copydesk.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** A small synthetic corpus in every shape the job reads, with one near-copy, one story of two, and bad input. */
final class Corpus {
    static final String QUAKE = "A strong earthquake struck the Bulgarian port city of Varna on Monday morning, "
            + "damaging dozens of buildings along the seafront. \\\"We felt the whole house move,\\\" said Maria Petrova, "
            + "a teacher who lives near the harbour.\\n\\nThe national seismology institute said the quake had a "
            + "magnitude of 5.8 and lasted about twenty seconds. Mayor Ivan Portnih said 40 people were treated in hospital.";

    private Corpus() {
    }

    /** Writes the corpus under {@code dir}: 4 input files, 5 articles, 2 bad records; returns {@code dir}. */
    static Path write(Path dir) throws IOException {
        write(dir.resolve("a.txt"), "Quake hits Varna\n\n" + QUAKE.replace("\\\"", "\"").replace("\\n", "\n")
                + " The city will spend 2 million euros on repairs, officials said on March 3, 2026.\n");
        write(dir.resolve("b.html"), "<html><head><title>Lorsk has a new mayor</title></head><body><article>"
                + "<h1>Lorsk has a new mayor</h1><p>Voters in Lorsk elected Anna Kovac as mayor on Sunday after a close "
                + "race against the incumbent, Petr Novak.</p><p>\"This is a victory for every district,\" Kovac told "
                + "supporters on Sunday night.</p></article></body></html>");
        write(dir.resolve("sub/feed.jsonl"),
                "{\"id\":\"j1\",\"title\":\"Varna shaken by strong quake\",\"published\":\"2026-03-03\",\"text\":\"" + QUAKE + "\"}\n"
                + "{\"id\":\"j2\",\"title\":\"Lorsk elects a mayor\",\"published\":\"2026-03-04\",\"text\":\"Voters in Lorsk "
                + "elected Anna Kovac as mayor on Sunday, ending a month of uncertainty. Kovac won 54 percent of the vote, "
                + "the election commission said on Monday.\"}\n"
                + "not json at all\n"
                + "{\"id\":\"j3\",\"title\":\"Harvest festival opens\",\"text\":\"The harvest festival in Dobrich opened on "
                + "Friday with 300 stalls. Organisers expect 20,000 visitors over the weekend.\"}\n");
        byte[] junk = new byte[3000];
        new Random(7).nextBytes(junk);
        Files.write(dir.resolve("sub/junk.txt"), junk);
        write(dir.resolve("sub/.hidden.txt"), "A hidden file is never read.");
        write(dir.resolve("sub/notes.md"), "Not an input name: not read in a walk.");
        return dir;
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
