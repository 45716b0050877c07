package dev.copydesk.annotate.quote;

import static dev.copydesk.annotate.quote.TestLayers.direct;
import static dev.copydesk.annotate.quote.TestLayers.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.annotate.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who speaks: the cue patterns around a quote, one synthetic sentence per rule. */
class SpeakerCueTest {
    private static Quote only(String text, String... people) {
        List<Quote> q = direct(text, people);
        assertEquals(1, q.size(), q.toString());
        return q.get(0);
    }

    @Test
    void invertedCueBetweenTwoPiecesNamesBoth() {
        List<Quote> q = direct("“The bridge stays closed this week,” said the ministry, “and nobody can say for how long.”");
        assertEquals(2, q.size(), q.toString());
        assertEquals("the ministry", q.get(0).speaker());
        assertEquals("the ministry", q.get(1).speaker());
    }

    @Test
    void anyDeterminedPhraseSpeaksAfterAnInvertedCue() {
        assertEquals("the agency", only("“We regret the delay to the payments,” said the agency, which missed its target.").speaker());
        assertEquals("another", only("Readers were angry.\n\n“This is the worst decision they could make,” wrote another.").speaker());
        assertEquals("the newspaper", only("According to the newspaper, “the council never read the report before the vote.”").speaker());
    }

    @Test
    void textsReadTheirWords() {
        assertEquals("the leaflet", only("“Vote early and bring a neighbour,” the leaflet read.").speaker());
        assertEquals("it", only("A banner hung over the door. “Welcome home to all our volunteers,” it read.").speaker());
        assertEquals("The sign", only("The sign reads: “No parking here at any time of day.”").speaker());
    }

    @Test
    void participleCueTakesTheClauseSubject() {
        Quote q = only("Speaking at the depot, Maria Lopez thanked the drivers, saying: “You kept the whole city moving.”",
                "Maria Lopez=Maria Lopez");
        assertEquals("Maria Lopez", q.speaker());
        Quote after = only("In Dayton, Lopez repeated her attacks on the plan, saying: “It will cost every family more.”",
                "Lopez=Maria Lopez");
        assertEquals("Lopez", after.speaker());
    }

    @Test
    void coordinatedAndInstrumentalCuesTakeTheSubject() {
        assertEquals("He", only("He then put on a gruff voice and joked: “Nobody here will remember my name.”").speaker());
        assertEquals("She", only("She explained the decision by saying: “We could not wait for the next budget.”").speaker());
    }

    @Test
    void sayingAfterSaidKeepsTheFirstSpeaker() {
        Quote q = only("The fire spread fast, Okafor said, adding: “We lost the barn in ten minutes.”", "Okafor=Ada Okafor");
        assertEquals("Okafor", q.speaker());
    }

    @Test
    void possessiveSubjectIsTheDescribedPerson() {
        Quote q = only("In May, Lopez’s spokeswoman rallied volunteers, saying: “We have to be ready for anything.”",
                "Lopez=Maria Lopez");
        assertEquals("Lopez’s spokeswoman", q.speaker());
    }

    @Test
    void askedSpeaksTheAskerNotTheSubject() {
        Quote by = only("Lopez was asked by Dan Ortiz: “Will you run again next year?”", "Lopez=Maria Lopez", "Dan Ortiz=Dan Ortiz");
        assertEquals("Dan Ortiz", by.speaker());
        Quote unnamed = only("Lopez was asked: “Will you run again next year?”", "Lopez=Maria Lopez");
        assertNull(unnamed.speaker());
    }

    @Test
    void dashSignatureLineNamesTheSpeaker() {
        Quote q = only("“Nobody asked us what we wanted for the park.”\n\n- Maria Lopez, Dayton.", "Maria Lopez=Maria Lopez");
        assertEquals("Maria Lopez", q.speaker());
    }

    @Test
    void nameBeforeColonLabelsTheQuote() {
        Quote q = only("Hearing notes.\n\nRep. Ann Lee (D-Ore.): “We will vote against the bill as written.”", "Ann Lee=Ann Lee");
        assertTrue(q.speaker().endsWith("Ann Lee"), q.toString());
        Quote dashed = only("The polls agree - Jo Park: “The lead has been stable for a month.”", "Jo Park=Jo Park");
        assertEquals("Jo Park", dashed.speaker());
    }

    @Test
    void bareSayAfterAnAuxiliaryIsACue() {
        assertEquals("she", only("“We have to finish the job we started,” she will say.").speaker());
        assertEquals("The letter", only("The letter went on to say: “The council has failed the tenants.”").speaker());
        assertEquals("she", only("“It was a mistake from the very start,” she went on.").speaker());
    }

    @Test
    void aPronounAfterAPrepositionIsNotTheSpeaker() {
        Quote q = only("The poster shows a raised fist, with a slogan under it saying: “The valley will be free!”");
        assertNotEquals("it", q.speaker());
    }

    @Test
    void reportedSpeechAfterAPhraseAndByADeterminedGroup() {
        List<Quote> r = quotes("The organisers wrote in a statement that the march would go ahead on Sunday.").stream()
                .filter(x -> !x.direct()).toList();
        assertEquals(1, r.size(), r.toString());
        assertEquals("The organisers", r.get(0).speaker());
        assertEquals("the march would go ahead on Sunday", r.get(0).text());
    }

    @Test
    void aNameEndingInLyIsNotAnAdverb() {
        assertEquals("Reilly", only("Reilly responded sharply: “That is simply not what the contract says.”", "Reilly=Tom Reilly").speaker());
    }

    @Test
    void aLongTitledNameOpensTheClause() {
        Quote q = only("Former Secretary of State Ann Lee recently urged voters to turn out, saying: “Every ballot counts this year.”",
                "Ann Lee=Ann Lee");
        assertEquals("Ann Lee", q.speaker());
        Quote possessive = only("In Ohio, Ann Lee’s campaign spokeswoman rallied supporters, saying: “We are not done yet.”",
                "Ann Lee=Ann Lee");
        assertEquals("Ann Lee’s campaign spokeswoman", possessive.speaker());
    }

    @Test
    void invertedCueWithModifiersBeforeTheName() {
        Quote q = only("“The county will pay for the repairs,” said former Ohio Gov. Ann Lee.", "Ann Lee=Ann Lee");
        assertEquals("former Ohio Gov. Ann Lee", q.speaker());
        assertEquals("Ann Lee", q.speakerCanonical());
    }

    @Test
    void longAppositionBeforeTheCue() {
        Quote q = only("Ann Lee, a delegate from the river district and the head of the local growers’ union, said: “We will not sign.”",
                "Ann Lee=Ann Lee");
        assertEquals("Ann Lee", q.speaker());
    }

    @Test
    void cueFarBeforeAnIntroducedQuote() {
        Quote q = only("Lee first said in the spring, when the dispute over the ferry contract began, “The ferry will keep running.”",
                "Lee=Ann Lee");
        assertEquals("Lee", q.speaker());
    }

    @Test
    void asSomeonePutIt() {
        Quote q = only("As the council’s own auditor Jo Park put it: “Nobody checked the invoices for years.”", "Jo Park=Jo Park");
        assertEquals("Jo Park", q.speaker());
    }

    @Test
    void anotherAloneSpeaks() {
        List<Quote> q = direct("Replies poured in.\n\nAnother wrote: “This is the best news we have had all year.”");
        assertEquals("Another", q.get(0).speaker());
    }

    @Test
    void possessiveInsideADeterminedSpeaker() {
        Quote q = only("“The plan is a gift to the developers,” the paper's editorial board wrote.");
        assertEquals("the paper's editorial board", q.speaker());
    }

    @Test
    void aCapitalisedSentenceOpenerIsNotAName() {
        Quote q = only("Eight years ago, he backed the other candidate and said, “She has never done a thing for us.”");
        assertEquals("he", q.speaker());
    }

    @Test
    void theMainClauseSpeaksBeforeASubordinateOne() {
        Quote q = only("Once, when my aunt asked about the farm, I laughed and said, “We sold it years ago.”");
        assertEquals("I", q.speaker());
        Quote sub = only("The rally stopped when the protesters interrupted, shouting “Go home now, all of you!”");
        assertEquals("the protesters", sub.speaker());
    }

    @Test
    void aShortOfPhraseBeforeTheCue() {
        Quote q = only("Asked about the plan, the 40-year-old mother of three replied, “It leaves out the fathers.”");
        assertEquals("the 40-year-old mother", q.speaker());
    }

    @Test
    void participleAfterAnEarlierQuoteInTheSentence() {
        List<Quote> q = direct("Lee told the paper that the plan “was doomed from the start, like the last one,” adding, “Nobody listened to us.”",
                "Lee=Ann Lee");
        Quote last = q.get(q.size() - 1);
        assertEquals("Nobody listened to us.", last.text());
        assertEquals("Lee", last.speaker());
        List<Quote> r = direct("“Keep your promises,” Lee sang to the crowd before asking them, “Where do we go from here?”",
                "Lee=Ann Lee");
        assertEquals("Lee", r.get(r.size() - 1).speaker());
    }

    @Test
    void aStatementIntroducesItsAuthorsWords() {
        Quote q = only("Immediately after the vote, Lee issued a statement, “We respect the result and will keep working.”",
                "Lee=Ann Lee");
        assertEquals("Lee", q.speaker());
    }

    @Test
    void bracketedTagBetweenNameAndCue() {
        assertEquals("Ann Lee", only("Rep. Ann Lee (D-Ore.) said: “We will not move the bill this year.”", "Ann Lee=Ann Lee")
                .speaker().replace("Rep. ", ""));
        Quote q = only("At the hearing, Speaker of the House Ann Lee (D-Ore.), said, “We will not move the bill.”",
                "Ann Lee=Ann Lee");
        assertTrue(q.speaker().endsWith("Ann Lee"), q.toString());
    }

    @Test
    void aSentenceEndingInACueIntroducesTheNextQuote() {
        List<Quote> q = direct("Ben Ode thought the plan would pass.\n\nProfessor Ann Lee disagreed. “The numbers do not add up for anyone.”",
                "Ann Lee=Ann Lee", "Ben Ode=Ben Ode");
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).speaker().endsWith("Ann Lee"), q.toString());
    }

    @Test
    void aCueStartingTheNextSentenceBelongsToTheNextQuote() {
        List<Quote> q = direct("Ann Lee said, “The case was brought in bad faith.” He added, “Nothing about it was ordinary.”",
                "Ann Lee=Ann Lee");
        assertEquals(2, q.size(), q.toString());
        assertEquals("Ann Lee", q.get(0).speaker());
        assertEquals("He", q.get(1).speaker());
    }

    @Test
    void aNewSentenceWithItsOwnObjectIsNotTheAttribution() {
        List<Quote> q = direct("Asked about the film, Lee said, “The industry has a problem we try to overlook.” The star then recalled an incident at a cinema.",
                "Lee=Ann Lee");
        assertEquals("Lee", q.get(0).speaker());
        Quote plain = only("“We will win this fight.” Lee said on Monday.", "Lee=Ann Lee");
        assertEquals("Lee", plain.speaker());
    }

    @Test
    void aLaterCueInTheSentenceKeepsTheEarlierCuesSpeaker() {
        Quote q = only("Amid the protests, even a senior party strategist said the mayor must pick a side, saying, “She cannot wait much longer.”");
        assertEquals("a senior party strategist", q.speaker());
        Quote but = only("Ann Lee said the members would still meet on Fridays, but said, “It is time we change how we work.”",
                "Ann Lee=Ann Lee");
        assertEquals("Ann Lee", but.speaker());
    }

    @Test
    void aCapitalisedCueWithNobodyAfterItOpensTheNextSentence() {
        List<Quote> q = direct("On the morning show, he said, “I never promised to pay anything.” Asked about the rally, Lee replied, “Maybe so.”",
                "Lee=Ann Lee");
        assertEquals("he", q.get(0).speaker(), q.toString());
    }

    @Test
    void aRelativeClauseBetweenSubjectAndCue() {
        Quote q = only("Although talks continue, a council official who spoke on condition of anonymity said Monday, “There is no deal yet.”");
        assertEquals("a council official", q.speaker());
    }

    @Test
    void aCueWithAShortPhraseEndsThePreviousSentence() {
        List<Quote> q = direct("Ann Lee, the party’s spokeswoman, said in a statement. “There are no paper ballots to count again.”",
                "Ann Lee=Ann Lee");
        assertEquals("Ann Lee", q.get(0).speaker(), q.toString());
        List<Quote> object = direct("Ann Lee praised the volunteers. “There are no paper ballots to count again.”", "Ann Lee=Ann Lee");
        assertTrue(object.isEmpty() || !"Ann Lee".equals(object.get(0).speaker()) || object.get(0).cue() == null, object.toString());
    }

    @Test
    void possessiveDocumentBeforeTheCue() {
        Quote q = only("The campaign’s statement then declares “the matter is now closed for good.”");
        assertEquals("The campaign’s statement", q.speaker());
    }

    @Test
    void aRelativeWhoSpeaksForItsAntecedent() {
        Quote q = only("The endorsement came from Ann Lee, who declared in the spin room, “It is time to unite behind him.”",
                "Ann Lee=Ann Lee");
        assertEquals("Ann Lee", q.speaker());
    }

    @Test
    void othersAsASubject() {
        Quote q = only("Some marched in silence. Others, reacting to the verdict, shouted, “Stop the cover-up now!”");
        assertEquals("Others", q.speaker());
    }

    @Test
    void aStandaloneQuotePointsAtTheWordsThatPutItsSpeakerInFocus() {
        List<Quote> q = direct("“We won this fairly,” said Ben Ode.\n\nAnn Lee said the count had been unfair to her voters.\n\n“We will appeal the result.”",
                "Ann Lee=Ann Lee", "Ben Ode=Ben Ode");
        Quote last = q.get(q.size() - 1);
        assertEquals("We will appeal the result.", last.text());
        assertEquals("Ann Lee", last.speakerCanonical());
        assertEquals("Ann Lee", last.speaker());
    }

    @Test
    void asTheySay() {
        assertEquals("they", only("The mayor is a careful man. As they say about him, “Slow hands, sure steps, no surprises.”").speaker());
    }

    @Test
    void aColonAfterAMainClauseWhoseSentenceOpensWithASubordinateOne() {
        Quote q = only("That is, when the hosts pushed too far — Ann Lee called them on it: “These questions show why nobody trusts you.”",
                "Ann Lee=Ann Lee");
        assertEquals("Ann Lee", q.speaker());
    }
}
