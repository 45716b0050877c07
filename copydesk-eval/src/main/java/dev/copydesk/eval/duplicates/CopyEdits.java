package dev.copydesk.eval.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The edits of a duplicate evaluation, each a small named {@link CopyEdit}. Copies: {@link NewHeadline},
 * {@link DropParagraph}, {@link AddParagraph}, {@link Boilerplate}, {@link WordChanges}, {@link Restyle},
 * {@link Syndicated}. Not copies: {@link Excerpt}. Stateless and thread-safe.
 */
public final class CopyEdits {
    private CopyEdits() {
    }

    /** Every edit, copies first. */
    public static List<CopyEdit> all() {
        return List.of(new NewHeadline(), new DropParagraph(), new AddParagraph(), new Boilerplate(), new WordChanges(),
                new Restyle(), new Syndicated(), new Excerpt());
    }

    /** The same body under a rewritten headline. */
    public static final class NewHeadline implements CopyEdit {
        @Override
        public String name() {
            return "new headline";
        }

        @Override
        public Derived apply(Original o, Random random, Material m) {
            return new Derived(headline(o, random), o.text());
        }
    }

    /** One paragraph other than the first, holding at most a quarter of the words, left out. */
    public static final class DropParagraph implements CopyEdit {
        @Override
        public String name() {
            return "paragraph dropped";
        }

        @Override
        public Derived apply(Original o, Random random, Material m) {
            List<String> paragraphs = new ArrayList<>(o.paragraphs());
            int words = Original.words(o.text());
            List<Integer> droppable = new ArrayList<>();
            for (int p = 1; p < paragraphs.size(); p++) {
                if (Original.words(paragraphs.get(p)) * 4 <= words) {
                    droppable.add(p);
                }
            }
            if (paragraphs.size() < 4 || droppable.isEmpty()) {
                return null;
            }
            paragraphs.remove((int) droppable.get(random.nextInt(droppable.size())));
            return new Derived(o.title(), String.join(o.separator(), paragraphs));
        }
    }

    /** A paragraph of another article, at most a quarter of this one's words, inserted after the first. */
    public static final class AddParagraph implements CopyEdit {
        @Override
        public String name() {
            return "paragraph added";
        }

        @Override
        public Derived apply(Original o, Random random, Material m) {
            List<String> paragraphs = new ArrayList<>(o.paragraphs());
            int words = Original.words(o.text());
            if (paragraphs.size() < 2 || m.fillers().isEmpty()) {
                return null;
            }
            for (int attempt = 0; attempt < 20; attempt++) {
                String filler = m.fillers().get(random.nextInt(m.fillers().size()));
                int fillerWords = Original.words(filler);
                if (fillerWords >= 5 && fillerWords * 4 <= words) {
                    paragraphs.add(1 + random.nextInt(paragraphs.size()), filler);
                    return new Derived(o.title(), String.join(o.separator(), paragraphs));
                }
            }
            return null;
        }
    }

    /** A syndication line ("This story was provided by…", "Read more: …") before or after the body. */
    public static final class Boilerplate implements CopyEdit {
        @Override
        public String name() {
            return "boilerplate line";
        }

        @Override
        public Derived apply(Original o, Random random, Material m) {
            return new Derived(o.title(), boilerplate(o, o.text(), random, m));
        }
    }

    /** A few words (one in a hundred, at least two) swapped for a synonym or given a typo. */
    public static final class WordChanges implements CopyEdit {
        @Override
        public String name() {
            return "words changed";
        }

        @Override
        public Derived apply(Original o, Random random, Material m) {
            return Original.words(o.text()) < 20 ? null : new Derived(o.title(), changeWords(o.text(), random, m));
        }
    }

    /** Typography only: curly quotes, spacing around punctuation, extra white space. */
    public static final class Restyle implements CopyEdit {
        @Override
        public String name() {
            return "quotes and spacing";
        }

        @Override
        public Derived apply(Original o, Random random, Material m) {
            String text = o.text().replace("``", "“").replace("''", "”").replace(" ,", ",").replace(" .", ".")
                    .replace(" 's", "’s").replace("\"", random.nextBoolean() ? "“" : "”")
                    .replace(o.separator(), o.separator().equals("\n") ? "  \n" : "\n \n\n");
            return new Derived(o.title(), "  " + text + "\n");
        }
    }

    /** What a wire copy usually looks like: a new headline, a few words changed and a boilerplate line. */
    public static final class Syndicated implements CopyEdit {
        @Override
        public String name() {
            return "syndicated (all three)";
        }

        @Override
        public Derived apply(Original o, Random random, Material m) {
            if (Original.words(o.text()) < 20) {
                return null;
            }
            return new Derived(headline(o, random), boilerplate(o, changeWords(o.text(), random, m), random, m));
        }
    }

    /** The opening paragraphs, under 40% of the words: quoting an article is not copying it. */
    public static final class Excerpt implements CopyEdit {
        @Override
        public String name() {
            return "excerpt (not a copy)";
        }

        @Override
        public boolean isCopy() {
            return false;
        }

        @Override
        public Derived apply(Original o, Random random, Material m) {
            List<String> paragraphs = o.paragraphs();
            int words = Original.words(o.text());
            int kept = 0;
            int keptWords = 0;
            while (kept < paragraphs.size() && (keptWords + Original.words(paragraphs.get(kept))) * 10 < words * 4) {
                keptWords += Original.words(paragraphs.get(kept++));
            }
            if (paragraphs.size() < 4 || kept == 0 || keptWords < 20) {
                return null;
            }
            return new Derived("Excerpt: " + (o.title() == null ? o.id() : o.title()),
                    String.join(o.separator(), paragraphs.subList(0, kept)));
        }
    }

    private static String headline(Original o, Random random) {
        String[] prefixes = {"UPDATE: ", "Breaking: ", "WATCH: ", "", "Report: "};
        String base = o.title() == null || o.title().isBlank() ? "News" : o.title().strip();
        String[] words = base.split("\\s+");
        int cut = Math.max(3, Math.min(words.length, 6 + random.nextInt(4)));
        return prefixes[random.nextInt(prefixes.length)] + String.join(" ", List.of(words).subList(0, Math.min(cut, words.length)));
    }

    private static String boilerplate(Original o, String text, Random random, CopyEdit.Material m) {
        String line = m.boilerplate().get(random.nextInt(m.boilerplate().size()));
        return random.nextInt(4) == 0 ? line + o.separator() + text : text + o.separator() + line;
    }

    private static String changeWords(String text, Random random, CopyEdit.Material m) {
        String[] tokens = text.split(" ", -1);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (m.synonyms().containsKey(t.toLowerCase(Locale.ROOT)) || t.length() >= 5 && t.chars().allMatch(Character::isLetter)) {
                candidates.add(i);
            }
        }
        int changes = Math.max(2, Original.words(text) / 100);
        for (int c = 0; c < changes && !candidates.isEmpty(); c++) {
            int i = candidates.remove(random.nextInt(candidates.size()));
            String t = tokens[i];
            String synonym = m.synonyms().get(t.toLowerCase(Locale.ROOT));
            if (synonym != null) {
                tokens[i] = Character.isUpperCase(t.charAt(0)) ? Character.toUpperCase(synonym.charAt(0)) + synonym.substring(1) : synonym;
            } else {
                int p = 1 + random.nextInt(t.length() - 3);
                tokens[i] = t.substring(0, p) + t.charAt(p + 1) + t.charAt(p) + t.substring(p + 2);
            }
        }
        return String.join(" ", tokens);
    }
}
