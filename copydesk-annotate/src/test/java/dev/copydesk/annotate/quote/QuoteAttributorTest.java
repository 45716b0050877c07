package dev.copydesk.annotate.quote;

import static dev.copydesk.annotate.quote.TestLayers.direct;
import static dev.copydesk.annotate.quote.TestLayers.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;
import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Quote;
import dev.copydesk.core.Article;
import dev.copydesk.core.MissingLayerException;
import dev.copydesk.core.Pipeline;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuoteAttributorTest {
    /** A reporter's article: a named source introduced, described by age, quoted over three paragraphs. */
    private static final String MAYOR = String.join("\n\n",
            "Flooding has closed the harbour road for a third week.",
            "Elena Marsh, the town's mayor, told the Coastal Herald that the council had no money left for repairs.",
            "The 51-year-old said: “We have asked the ministry four times. Nobody has answered our letters.",
            "“The fishermen cannot reach their boats, and the shops are empty.",
            "“How long are we supposed to wait?”",
            "Residents have organised a “harbour watch” and posted it as “Save Our Quay” on social media.",
            "Ms Marsh said she had met the volunteers who run the group.",
            "She said: “These are ordinary people who love this town.”");

    @Test
    void describedSpeakerAndThreeParagraphQuote() {
        List<Quote> q = direct(MAYOR, "Elena Marsh=Elena Marsh", "Ms Marsh=Elena Marsh");
        assertEquals(4, q.size(), q.toString());
        assertEquals("We have asked the ministry four times. Nobody has answered our letters.", q.get(0).text());
        assertEquals("The 51-year-old", q.get(0).speaker());
        assertEquals("Elena Marsh", q.get(0).speakerCanonical());
        assertEquals("said", q.get(0).cue());
        assertEquals("The fishermen cannot reach their boats, and the shops are empty.", q.get(1).text());
        assertEquals("How long are we supposed to wait?", q.get(2).text());
        for (int i = 0; i < 3; i++) {
            assertEquals("Elena Marsh", q.get(i).speakerCanonical());
        }
        assertEquals("These are ordinary people who love this town.", q.get(3).text());
        assertEquals("She", q.get(3).speaker());
        assertEquals("Elena Marsh", q.get(3).speakerCanonical());
    }

    @Test
    void reportedSpeechIsIndirect() {
        List<Quote> indirect = quotes(MAYOR, "Elena Marsh=Elena Marsh", "Ms Marsh=Elena Marsh").stream()
                .filter(q -> !q.direct()).toList();
        assertTrue(indirect.stream().anyMatch(q -> q.text().equals("the council had no money left for repairs")
                && q.speakerCanonical().equals("Elena Marsh") && q.cue().equals("told")), indirect.toString());
        assertTrue(indirect.stream().anyMatch(q -> q.text().equals("she had met the volunteers who run the group")
                && q.speaker().equals("Ms Marsh")), indirect.toString());
    }

    @Test
    void scareQuotesAndTitlesAreNotQuotes() {
        List<Quote> q = direct(MAYOR, "Elena Marsh=Elena Marsh");
        assertTrue(q.stream().noneMatch(x -> x.text().contains("harbour watch") || x.text().contains("Save Our Quay")));
        assertTrue(direct("Critics call the plan a “tax grab” and the “Green Deal”.").isEmpty());
    }

    /** An unnamed speaker quoted again and again, while two named officials nearby say nothing. */
    private static final String MINER = String.join("\n\n",
            "A video filmed underground shows a miner berating his managers over unpaid wages.",
            "The unnamed miner spoke about the contempt workers feel for Governor Olsen and his deputies.",
            "He mocked a scheme to give each family a sack of potatoes.",
            "‘You give our children a sack of potatoes [and a calendar],’ he said, adding angrily: ‘Is that all we are worth?’",
            "‘They told us that if we didn’t come down here, they’d cut our pensions,’ he said.",
            "‘There are no helmets for the new shift… How will we see in the dark?’",
            "The region is also home to energy minister Piotr Valen, whom Olsen has refused to sack.",
            "The miner asked bluntly: ‘If there are no workers like us, who will you be in charge of?",
            "‘Who will dig your coal?",
            "Amid cheers from the crowd, he said: ‘You no longer look like bosses to us.’");

    @Test
    void unnamedSpeakerAcrossTheArticleAndNeverTheNearbyNames() {
        List<Quote> q = direct(MINER, "Governor Olsen=Erik Olsen", "Olsen=Erik Olsen", "Piotr Valen=Piotr Valen");
        List<String> texts = q.stream().map(Quote::text).toList();
        assertEquals(List.of("You give our children a sack of potatoes [and a calendar]", "Is that all we are worth?",
                "They told us that if we didn’t come down here, they’d cut our pensions",
                "There are no helmets for the new shift… How will we see in the dark?",
                "If there are no workers like us, who will you be in charge of?", "Who will dig your coal?",
                "You no longer look like bosses to us."), texts);
        for (Quote x : q) {
            assertEquals("the unnamed miner", x.speakerCanonical(), x.toString());
        }
        assertEquals("he", q.get(0).speaker());
        assertEquals("The miner", q.get(4).speaker());
        assertEquals("asked", q.get(4).cue());
    }

    @Test
    void cueAfterWithInvertedSpeakerAndAccordingTo() {
        String text = "“The bridge will reopen in May,” said Tomas Reyes, the project manager.\n\n"
                + "“Costs have doubled since the spring,” according to Mr Reyes.\n\n"
                + "“We will not pay a penny more,” the treasurer insisted.";
        List<Quote> q = direct(text, "Tomas Reyes=Tomas Reyes", "Mr Reyes=Tomas Reyes");
        assertEquals(3, q.size(), q.toString());
        assertEquals("Tomas Reyes", q.get(0).speaker());
        assertEquals("said", q.get(0).cue());
        assertEquals("Tomas Reyes", q.get(1).speakerCanonical());
        assertEquals("according to", q.get(1).cue());
        assertEquals("the treasurer", q.get(2).speaker());
        assertEquals("insisted", q.get(2).cue());
    }

    @Test
    void colonInThePreviousParagraph() {
        String text = "Nadia Ferro, who chairs the committee, wrote in a letter to members:\n\n"
                + "\"The budget we were given is not enough to keep the library open on Sundays.\"";
        List<Quote> q = direct(text, "Nadia Ferro=Nadia Ferro");
        assertEquals(1, q.size(), q.toString());
        assertEquals("Nadia Ferro", q.get(0).speakerCanonical());
        assertEquals("wrote", q.get(0).cue());
    }

    @Test
    void pronounResolvesToTheLatestSubjectNotToAnObjectName() {
        String text = "Jonas Berg met Chancellor Alma Weiss on Tuesday.\n\n"
                + "“We agreed on nothing at all, as usual,” he said.";
        List<Quote> q = direct(text, "Jonas Berg=Jonas Berg", "Alma Weiss=Alma Weiss");
        assertEquals("Jonas Berg", q.get(0).speakerCanonical());
    }

    @Test
    void apostrophesDoNotOpenOrCloseQuotes() {
        String text = "‘The workers’ union didn’t call this strike, and Putin’s ministers know it,’ she said.";
        List<Quote> q = direct(text);
        assertEquals(1, q.size(), q.toString());
        assertEquals("The workers’ union didn’t call this strike, and Putin’s ministers know it", q.get(0).text());
        assertTrue(direct("It’s the miners’ fight, and they’re winning it, the union’s leader said.").isEmpty());
    }

    @Test
    void uncuedQuoteWithNobodyInFocusHasNoSpeaker() {
        List<Quote> q = direct("The weather turned cold on Monday.\n\n“Winter is coming early this year, and we are not ready.”");
        assertEquals(1, q.size());
        assertEquals(null, q.get(0).speakerCanonical());
        assertEquals(-1, q.get(0).speakerStart());
    }

    @Test
    void quoteNearANameIsNotGivenToIt() {
        String text = "Senator Carla Duvall toured the plant on Friday.\n\n"
                + "Workers hung a banner reading “No jobs, no votes, no peace in this valley” over the gate.";
        for (Quote q : direct(text, "Carla Duvall=Carla Duvall")) {
            assertNotEquals("Carla Duvall", q.speakerCanonical());
        }
    }

    @Test
    void adversarialTextNeverThrowsAndOffsetsHold() {
        Random random = new Random(7);
        String alphabet = "ab C.“”‘’\"'\n :,he said";
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(400);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            checkOffsets(sb.toString());
        }
        checkOffsets("");
        checkOffsets("“".repeat(10_000));
        checkOffsets("“a” ".repeat(2_500) + "’‘\"".repeat(3_000));
        checkOffsets("“Unclosed quote runs on, he said\n\n“and on\n\n“and never closes");
        checkOffsets(MAYOR + "\n\n" + MINER);
    }

    private static void checkOffsets(String text) {
        List<Quote> qs = quotes(text);
        for (Quote q : qs) {
            assertTrue(q.start() >= 0 && q.end() <= text.length() && q.start() <= q.end(), q.toString());
            assertEquals(text.substring(q.start(), q.end()), q.text());
            if (q.speakerStart() >= 0) {
                assertEquals(text.substring(q.speakerStart(), q.speakerEnd()), q.speaker());
            }
        }
    }

    @Test
    void speakerBehindAnAppositionOrAPartyTag() {
        List<Quote> q = direct("The vote is on Friday.\n\n“We will not back down,” Jane Holt (D-Maine), the senator from "
                + "Portland, said on Monday. “The vote is ours.”", "Jane Holt=Jane Holt");
        assertEquals(2, q.size(), q.toString());
        assertEquals("Jane Holt", q.get(0).speaker());
        assertEquals("said", q.get(0).cue());
        assertEquals("Jane Holt", q.get(1).speakerCanonical());
    }

    @Test
    void speakerNamedAfterANounModifierOrAsADescription() {
        List<Quote> q = direct("The ruling came late.\n\n“We are pleased with the decision,” campaign lawyer Mark Ruiz said.",
                "Mark Ruiz=Mark Ruiz");
        assertEquals("Mark Ruiz", q.get(0).speaker(), q.toString());
        q = direct("The row grew.\n\n“My reaction, that was outrageous,” Obama's former campaign strategist said.");
        assertEquals("Obama's former campaign strategist", q.get(0).speaker(), q.toString());
    }

    @Test
    void shortPieceStillNamesItsParagraphsSpeaker() {
        List<Quote> q = direct("Hundreds marched.\n\n“Heartbreaking,” Ryan Cole said. “And this country has to find ways to heal.”",
                "Ryan Cole=Ryan Cole");
        // the one-word piece is a whole utterance with its own cue, so it is a quote too
        assertEquals(2, q.size(), q.toString());
        assertEquals("Heartbreaking", q.get(0).text());
        assertEquals("Ryan Cole", q.get(0).speaker());
        assertEquals("Ryan Cole", q.get(1).speaker());
    }

    @Test
    void invertedCueAndTwoWordCues() {
        List<Quote> q = direct("Taxes came up.\n\nSaid Ellis Park: “I don’t get the sense she cares about tax reform.”",
                "Ellis Park=Ellis Park");
        assertEquals("Ellis Park", q.get(0).speaker(), q.toString());
        q = direct("The debate turned.\n\nAsked about cookies, Hillary Rod shot back, “I chose to fulfil my profession.”",
                "Hillary Rod=Hillary Rod");
        assertEquals("Hillary Rod", q.get(0).speaker(), q.toString());
        assertEquals("shot back", q.get(0).cue());
    }

    @Test
    void nameTheEntityLayerTookForAPlaceStillSpeaks() {
        String text = "The plan was late.\n\nAsked why, Earnest responded, “I think you have found another example.”";
        int at = text.indexOf("Earnest");
        Article a = TestLayers.article(text).withLayer(Layers.ENTITIES,
                List.of(new Entity(at, at + 7, "Earnest", EntityType.LOCATION, "Earnest")));
        List<Quote> q = new QuoteAttributor().process(a).layer(Layers.QUOTES, "test").items().stream()
                .filter(Quote::direct).toList();
        assertEquals("Earnest", q.get(0).speaker(), q.toString());
    }

    @Test
    void mixedMarksCloseTheQuote() {
        List<Quote> q = direct("The night ended.\n\n“We are going to start winning again,\" Dan Trent said at the party.",
                "Dan Trent=Dan Trent");
        assertEquals(1, q.size(), q.toString());
        assertEquals("We are going to start winning again", q.get(0).text());
        assertEquals("Dan Trent", q.get(0).speaker());
    }

    @Test
    void quoteRunOnFromAWordIsAFragmentUnlessTheWordIsASpeechVerb() {
        assertTrue(direct("The firm was warned.\n\nHe threatened “a major lawsuit against the company and its board,” "
                + "according to the letter.").isEmpty());
        List<Quote> q = direct("The mayor spoke.\n\nShe says “we worked hard to keep the town going.”");
        assertEquals(1, q.size(), q.toString());
        assertEquals("She", q.get(0).speaker());
    }

    @Test
    void declaresItsLayersAndNamesAMissingOne() {
        QuoteAttributor a = new QuoteAttributor();
        assertEquals(java.util.Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITIES), a.requires());
        assertEquals(java.util.Set.of(Layers.QUOTES), a.provides());
        Article bare = Article.builder().id("x").source("x").text("“Hello there, friend,” he said.").build();
        MissingLayerException e = org.junit.jupiter.api.Assertions.assertThrows(MissingLayerException.class, () -> a.process(bare));
        assertTrue(e.getMessage().contains("quote-attributor") && e.getMessage().contains("tokens"));
        assertFalse(Pipeline.of(java.util.Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITIES), List.of(a)).stages().isEmpty());
    }
}
