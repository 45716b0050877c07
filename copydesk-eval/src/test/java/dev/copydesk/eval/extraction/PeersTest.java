package dev.copydesk.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.eval.TestFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeersTest {
    private static final String BODY =
            "The council voted on Tuesday to rebuild the old harbour bridge, which has been closed since the storm. ".repeat(8);
    private static final List<Page> PAGES = List.of(new Page("a", "https://example.com/a", TestFiles.articlePage("Bridge vote", BODY)));

    @Test
    void boilerpipeFindsTheBody() throws Exception {
        Outcome o = Peers.boilerpipe().extractAll(PAGES, Progress.NONE).get(0);
        assertFalse(o.isFailure(), String.valueOf(o.error()));
        assertTrue(o.text().contains("harbour bridge"), o.text());
    }

    @Test
    void readability4jFindsTheBody() throws Exception {
        Outcome o = Peers.readability4j().extractAll(PAGES, Progress.NONE).get(0);
        assertFalse(o.isFailure(), String.valueOf(o.error()));
        assertTrue(o.text().contains("harbour bridge"), o.text());
        assertFalse(o.text().contains("All rights reserved"), o.text());
    }

    @Test
    void copydeskRowIsNamedCopydesk() {
        assertEquals(Peers.COPYDESK, Peers.copydesk().name());
        assertTrue(Peers.copydesk().inProcess());
    }
}
