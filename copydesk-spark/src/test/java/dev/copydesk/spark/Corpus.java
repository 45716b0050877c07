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

    /**
     * Writes a JSON Lines file of short dated reports on two stories told with people and places, where
     * later reports name people by surname or title only, so the analysed entity names (canonical names,
     * their types) weigh in story grouping; returns the file.
     */
    static Path people(Path file) throws IOException {
        String[][] reports = {
                {"p1", "2026-05-01", "Dragan Ilic named to lead Tarnovo inquiry",
                        "Judge Dragan Ilic will lead the inquiry into the collapse of the Tarnovo bridge, the justice "
                        + "ministry in Sofia said on Friday. Ilic, a former prosecutor, has six months to report."},
                {"p2", "2026-05-02", "Ilic visits the site",
                        "Ilic walked the riverbank on Saturday with engineers. The judge said the inquiry would "
                        + "question the contractor, Stroy Tarnovo, next week."},
                {"p3", "2026-05-02", "Petya Zlateva wins Plovdiv marathon",
                        "Petya Zlateva of Plovdiv won the city marathon on Saturday in two hours and 31 minutes, "
                        + "ahead of Mira Dobreva of Ruse."},
                {"p4", "2026-05-03", "Zlateva aims for Berlin",
                        "Zlateva said on Sunday she would run in Berlin in September. Dobreva, second in Plovdiv, "
                        + "will rest until the summer."},
                {"p5", "2026-05-04", "Contractor questioned",
                        "Managers of Stroy Tarnovo answered questions from the judge for five hours on Monday, "
                        + "a spokeswoman for Dragan Ilic said."},
        };
        StringBuilder lines = new StringBuilder();
        for (String[] r : reports) {
            lines.append("{\"id\":\"").append(r[0]).append("\",\"published\":\"").append(r[1])
                    .append("\",\"title\":\"").append(r[2]).append("\",\"text\":\"").append(r[3]).append("\"}\n");
        }
        write(file, lines.toString());
        return file;
    }
}
