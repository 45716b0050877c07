package dev.copydesk.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedHostsTest {
    private final AllowedHosts hosts = new AllowedHosts("127.0.0.1", List.of("News.Example.ORG.", "192.168.1.20"));

    @Test
    void loopbackNamesTheBoundAddressAndAddedNamesWithOrWithoutAPort() {
        for (String ok : List.of("127.0.0.1", "127.0.0.1:7070", "localhost", "LOCALHOST:80", "localhost.", "localhost.:7070",
                "[::1]", "[::1]:7070", "news.example.org", "news.example.org:443", "NEWS.example.org.", "192.168.1.20:7070",
                " localhost ")) {
            assertTrue(hosts.allows(ok), ok);
        }
    }

    @Test
    void anyOtherNameIsRefused() {
        for (String bad : List.of("evil.example", "evil.example:7070", "localhost.evil.example", "127.0.0.1.evil.example",
                "news.example.org.evil", "127.0.0.2", "[::2]", "[::1", "::1", "[::1]:x", "localhost:", "localhost:7070:1",
                "localhost:123456", "", " ", "localhost@evil.example", "evil.example#localhost", "*", "0.0.0.0")) {
            assertFalse(hosts.allows(bad), bad);
        }
    }

    @Test
    void noHostAtAllIsAnsweredSinceBrowsersAlwaysSendOne() {
        assertTrue(hosts.allows(null));
    }

    @Test
    void theBoundAddressCountsWhateverItIs() {
        assertTrue(new AllowedHosts("0.0.0.0", List.of()).allows("0.0.0.0:7070"));
        assertTrue(new AllowedHosts("::", List.of()).allows("[::]:7070"));
        assertTrue(new AllowedHosts("fe80::1", List.of()).allows("[FE80::1]:7070"));
        assertTrue(new AllowedHosts("copydesk.lan", List.of()).allows("copydesk.lan"));
        assertFalse(new AllowedHosts("copydesk.lan", List.of()).allows("other.lan"));
    }

    @Test
    void namesAreNormalizedOrRefusedByName() {
        assertEquals("news.example.org", AllowedHosts.normalize(" News.Example.ORG. "));
        assertEquals("[::1]", AllowedHosts.normalize("::1"));
        assertEquals("[2001:db8::7]", AllowedHosts.normalize("[2001:DB8::7]"));
        for (String bad : List.of("", " ", "news.example.org:8080", "*.example.org", "http://news.example.org", "a b",
                "news..example", "-news.example", "[::1]:80", "evil/", "\u00e9xample.org")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AllowedHosts.normalize(bad), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AllowedHosts.normalize("news.example.org:8080"))
                .getMessage().contains("without a port"));
    }

    @Test
    void theConfigKeepsNormalizedNamesAndRefusesBadOnes() {
        ServerConfig c = ServerConfig.defaults().withAllowedHosts(List.of("Desk.Example.", "::1"));
        assertEquals(List.of("desk.example", "[::1]"), c.allowedHosts());
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.defaults().withAllowedHosts(List.of("desk.example:80")));
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.defaults().withHost("not a host"));
    }
}
