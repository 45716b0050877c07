package dev.copydesk.eval.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Synthetic originals: news-like paragraphs drawn from word lists with a seeded Random, two writers per event. */
final class SyntheticNews {
    private static final String[] WHO = {"The mayor", "Police", "A spokesman for the ministry", "Firefighters",
        "Local residents", "The company", "Union leaders", "Witnesses", "The governor", "Rescue teams", "Doctors",
        "The prosecutor", "Airport officials", "The coach", "Investors", "Teachers"};
    private static final String[] DID = {"said", "confirmed", "denied", "warned", "reported", "announced", "insisted",
        "told reporters", "admitted", "estimated"};
    private static final String[] WHAT = {"that the road would stay closed", "that nobody was hurt",
        "that the damage ran into millions", "that talks would resume", "that more staff were needed",
        "that the fire started in a kitchen", "that the plan was delayed", "that prices would rise",
        "that the match went ahead", "that the bridge was unsafe", "that two men were arrested",
        "that the vote was postponed", "that flights were cancelled", "that the school would reopen"};
    private static final String[] WHEN = {"on Monday", "late on Tuesday", "early on Wednesday", "on Thursday evening",
        "on Friday", "over the weekend", "this morning", "after a long meeting", "in a statement", "at a briefing"};

    private SyntheticNews() {
    }

    /** {@code events} events of two originals each (ids e{n}a, e{n}b; cluster e{n}), each about 150 words. */
    static List<Original> originals(int events, long seed) {
        Random random = new Random(seed);
        List<Original> out = new ArrayList<>();
        for (int e = 0; e < events; e++) {
            for (String writer : List.of("a", "b")) {
                List<String> paragraphs = new ArrayList<>();
                for (int p = 0; p < 6; p++) {
                    paragraphs.add(sentence(random) + " " + sentence(random));
                }
                out.add(new Original("e" + e + writer, "Event " + e + " as told by writer " + writer,
                        String.join("\n\n", paragraphs), "e" + e));
            }
        }
        return out;
    }

    private static String sentence(Random r) {
        return WHO[r.nextInt(WHO.length)] + " " + DID[r.nextInt(DID.length)] + " " + WHAT[r.nextInt(WHAT.length)] + " "
                + WHEN[r.nextInt(WHEN.length)] + ", " + WHO[r.nextInt(WHO.length)].toLowerCase() + " added.";
    }
}
