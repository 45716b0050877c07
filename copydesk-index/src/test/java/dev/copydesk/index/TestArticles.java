package dev.copydesk.index;

import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;
import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Quote;
import dev.copydesk.core.Article;
import java.util.ArrayList;
import java.util.List;

/** Builds small analysed articles by hand, finding each annotation's span in the text. */
final class TestArticles {
    private TestArticles() {
    }

    static Builder article(String id) {
        return new Builder(id);
    }

    static final class Builder {
        private final String id;
        private String source = "test/" + "story.txt";
        private String url;
        private String published;
        private String title;
        private String text = "";
        private List<String> captions = List.of();
        private final List<Entity> entities = new ArrayList<>();
        private final List<Quote> quotes = new ArrayList<>();
        private int entityCursor;

        private Builder(String id) {
            this.id = id;
        }

        Builder source(String v) { source = v; return this; }
        Builder url(String v) { url = v; return this; }
        Builder published(String v) { published = v; return this; }
        Builder title(String v) { title = v; return this; }
        Builder text(String v) { text = v; return this; }
        Builder captions(String... v) { captions = List.of(v); return this; }

        /** The next occurrence of {@code surface} after the previous entity is an entity. */
        Builder entity(String surface, EntityType type, String canonical) {
            int start = find(surface, entityCursor);
            entityCursor = start + surface.length();
            entities.add(new Entity(start, start + surface.length(), surface, type, canonical));
            return this;
        }

        /** The first occurrence of {@code words} is a direct quote by the first occurrence of {@code speaker} after it. */
        Builder quote(String words, String speaker, String canonical) {
            int start = find(words, 0);
            int s = speaker == null ? -1 : find(speaker, start + words.length());
            quotes.add(new Quote(start, start + words.length(), words, true, speaker, s, s < 0 ? -1 : s + speaker.length(),
                    canonical, "said"));
            return this;
        }

        private int find(String s, int from) {
            int at = text.indexOf(s, from);
            if (at < 0) {
                throw new IllegalArgumentException("'" + s + "' not in text after " + from);
            }
            return at;
        }

        Article cleaned() {
            return Article.builder().id(id).source(source).url(url).title(title).published(published).language("en")
                    .text(text).captions(captions).build();
        }

        Article build() {
            return cleaned().withLayer(Layers.ENTITIES, entities).withLayer(Layers.QUOTES, quotes);
        }
    }

    /** Three articles about a harbour, a school and an election, in two outlets over two months. */
    static List<Article> three() {
        return List.of(
                article("a1").url("https://www.harbour-news.example/2016/09/wall").published("2016-09-12")
                        .title("Mayor backs harbour wall")
                        .text("Mayor Mary Jenkins backed the harbour wall in Porthleven. \"It is the right thing to do,\" "
                                + "Jenkins said. The Environment Agency agreed.\n\nResidents had asked for repairs since the storms.")
                        .entity("Mary Jenkins", EntityType.PERSON, "Mary Jenkins")
                        .entity("Porthleven", EntityType.LOCATION, "Porthleven")
                        .entity("Jenkins", EntityType.PERSON, "Mary Jenkins")
                        .entity("Environment Agency", EntityType.ORGANIZATION, "Environment Agency")
                        .quote("It is the right thing to do,", "Jenkins", "Mary Jenkins")
                        .build(),
                article("a2").url("https://harbour-news.example/2016/10/school").published("2016-10-03T09:30:00Z")
                        .title("School reopens after storm repairs")
                        .text("The school in Porthleven reopened on Monday. Head teacher Tom Ford said pupils were glad. "
                                + "\"We are back,\" Ford said, thanking Mary Jenkins for the harbour work.")
                        .captions("Pupils return to the harbour school")
                        .entity("Porthleven", EntityType.LOCATION, "Porthleven")
                        .entity("Tom Ford", EntityType.PERSON, "Tom Ford")
                        .entity("Ford", EntityType.PERSON, "Tom Ford")
                        .entity("Mary Jenkins", EntityType.PERSON, "Mary Jenkins")
                        .quote("We are back,", "Ford", "Tom Ford")
                        .build(),
                article("a3").source("polnear/text/breitbart_2016-09-20_poll-voters.txt")
                        .title("Poll: voters weigh the election")
                        .text("A new poll shows voters in Ohio are split. \"Nobody knows,\" said pollster Ann Lee of "
                                + "Gallup. Republicans and Democrats disagree about the harbour budget.")
                        .entity("Ohio", EntityType.LOCATION, "Ohio")
                        .entity("Ann Lee", EntityType.PERSON, "Ann Lee")
                        .entity("Gallup", EntityType.ORGANIZATION, "Gallup")
                        .entity("Republicans", EntityType.NORP, "Republicans")
                        .entity("Democrats", EntityType.NORP, "Democrats")
                        .quote("Nobody knows,", "Ann Lee", "Ann Lee")
                        .build());
    }
}
