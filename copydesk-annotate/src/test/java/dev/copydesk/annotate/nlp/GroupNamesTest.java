package dev.copydesk.annotate.nlp;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class GroupNamesTest {
    @Test
    void demonymsAndGroupsAreGroups() {
        for (String s : new String[] {"Ukrainians", "Russian", "Bashkirs", "Republicans", "Muslims", "Chinese", "British",
                "French", "Israeli", "South Korean", "Kurds", "Buddhists", "Shiite", "Tuvan", "Cuban", "Kenyans", "Afghan"}) {
            assertTrue(GroupNames.isGroup(s), s);
        }
    }

    @Test
    void eventsAndTitlesAreNot() {
        for (String s : new String[] {"Olympics", "World Cup", "Euro 96", "Ramadan", "Oscars", "Grand Prix", "Internet", "Superman", "Vatican", "Marshall Plan"}) {
            assertFalse(GroupNames.isGroup(s), s);
        }
    }

    @Test
    void chromeAndPronounsAreRejected() {
        for (String s : new String[] {"Mute", "Skip", "+8", "He", "1:09", "View gallery", "Play"}) {
            assertTrue(MentionFilter.rejects(s), s);
        }
        assertFalse(MentionFilter.rejects("Skipton"));
        assertFalse(MentionFilter.rejects("UN"));
    }
}
