package dev.copydesk.link.dup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Synthetic news paragraphs on one topic (a city budget), drawn from word lists with a seeded Random. */
final class NewsText {

    private static final String[] SUBJECTS = {"The mayor", "The city council", "A spokeswoman for the council",
        "The finance committee", "Union leaders", "Local business owners", "The opposition group", "Residents",
        "The transport authority", "School officials", "The housing agency", "Independent auditors",
        "Hospital managers", "The police chief", "Several council members", "The budget office"};
    private static final String[] VERBS = {"approved", "rejected", "criticised", "defended", "delayed",
        "announced", "questioned", "welcomed", "proposed", "challenged", "revised", "postponed", "backed",
        "outlined", "disputed", "reviewed"};
    private static final String[] OBJECTS = {"the new budget", "a tax increase", "the spending plan",
        "cuts to bus services", "a bond issue", "funding for schools", "the housing programme", "a hiring freeze",
        "pay rises for teachers", "the road repair fund", "an audit of contracts", "the pension reform",
        "new parking fees", "a grant for libraries", "the water project", "overtime rules"};
    private static final String[] PLACES = {"at city hall", "in the north district", "during a late session",
        "at a press conference", "in a written statement", "before the vote", "after a long debate",
        "at the town meeting", "in a radio interview", "on the steps of the courthouse"};
    private static final String[] TIMES = {"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
        "last week", "this morning", "late on Sunday", "earlier this month", "for the second time"};
    private static final String[] TAILS = {"officials said", "according to a memo seen by reporters",
        "citing rising costs", "amid growing protests", "ahead of next year's election", "despite warnings",
        "after months of talks", "as the deficit widened", "with little debate", "to the surprise of many"};

    private NewsText() {
    }

    static String sentence(Random random) {
        return pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " "
                + pick(random, PLACES) + " " + pick(random, TIMES) + ", " + pick(random, TAILS) + ".";
    }

    static String paragraph(Random random) {
        StringBuilder sb = new StringBuilder();
        int sentences = 2 + random.nextInt(2);
        for (int s = 0; s < sentences; s++) {
            sb.append(s == 0 ? "" : " ").append(sentence(random));
        }
        return sb.toString();
    }

    /** {@code count} paragraphs from the given seed. */
    static List<String> paragraphs(long seed, int count) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            out.add(paragraph(random));
        }
        return out;
    }

    static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
