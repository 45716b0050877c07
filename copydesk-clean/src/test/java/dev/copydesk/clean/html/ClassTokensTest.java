package dev.copydesk.clean.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.clean.html.ClassTokens.Role;
import org.junit.jupiter.api.Test;

class ClassTokensTest {
    @Test
    void wholeWordsOnly() {
        assertEquals(Role.BOILERPLATE, ClassTokens.classify("share"));
        assertEquals(Role.BOILERPLATE, ClassTokens.classify("post-share-buttons"));
        assertEquals(Role.BOILERPLATE, ClassTokens.classify("AdSlot"));
        assertEquals(Role.NONE, ClassTokens.classify("shadow"));
    }

    @Test
    void contentWordsRescueWeakWordsOnly() {
        assertEquals(Role.CONTENT, ClassTokens.classify("article-header"));
        assertEquals(Role.CONTENT, ClassTokens.classify("main-content"));
        assertEquals(Role.BOILERPLATE, ClassTokens.classify("site-header"));
        assertEquals(Role.BOILERPLATE, ClassTokens.classify("article-share"));
        assertEquals(Role.BOILERPLATE, ClassTokens.classify("related-content"));
    }

    @Test
    void commentsAndCaptionsAreTheirOwnRoles() {
        assertEquals(Role.COMMENTS, ClassTokens.classify("comments-area"));
        assertEquals(Role.COMMENTS, ClassTokens.classify("commentList"));
        assertEquals(Role.CAPTION, ClassTokens.classify("wp-caption"));
    }

    @Test
    void generatedAndStateClassesSayNothing() {
        assertEquals(Role.NONE, ClassTokens.classify("w-node-b5343ad4-d1b4"));
        assertEquals(Role.NONE, ClassTokens.classify("lg:has-[>[data-slot=banner]]:pt-0"));
        assertEquals(Role.NONE, ClassTokens.classify("tag-social-media"));
        assertEquals(Role.NONE, ClassTokens.classify("has-sidebar"));
        assertEquals(Role.NONE, ClassTokens.classify("field--label-hidden"));
        assertEquals(Role.BOILERPLATE, ClassTokens.classify("menu--main"));
    }
}
