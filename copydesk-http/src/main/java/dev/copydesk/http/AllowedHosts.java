package dev.copydesk.http;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The host names a {@link CopydeskServer} answers to, its defence against DNS rebinding: a web page
 * whose own name its owner re-points at 127.0.0.1 could otherwise read the index from the browser of
 * anyone who visits it, but the browser still sends that page's name in the {@code Host} header, and
 * such a request is refused before any route runs.
 *
 * <p>The names are {@code 127.0.0.1}, {@code localhost}, {@code [::1]}, the address the server binds
 * and any added with {@code --allow-host}; a {@code Host} matches one with or without a port, in any
 * case, with or without a trailing dot. A request with no {@code Host} at all (only HTTP/1.0 allows
 * that; Jetty refuses HTTP/1.1 without one) is answered: browsers always send one, so such a request
 * cannot come from a rebound page. Immutable and thread-safe.
 */
final class AllowedHosts {
    /** The names every server answers to. */
    static final List<String> LOOPBACK = List.of("127.0.0.1", "localhost", "[::1]");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,62})(\\.[a-z0-9]([a-z0-9-]{0,62}))*");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]{2,45}(%[a-z0-9._~-]{1,32})?]");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

    private final Set<String> names;

    /** The loopback names, {@code bound} (the address the server listens on) and {@code extra}. */
    AllowedHosts(String bound, List<String> extra) {
        Set<String> all = new LinkedHashSet<>(LOOPBACK);
        all.add(normalize(bound));
        for (String name : extra) {
            all.add(normalize(name));
        }
        this.names = Collections.unmodifiableSet(all);
    }

    /** Every name answered, loopback names first. */
    List<String> names() {
        return List.copyOf(names);
    }

    /**
     * A host name or IP address as given on the command line in the form a {@code Host} header carries:
     * lower case, no trailing dot, IPv6 in brackets.
     *
     * @throws IllegalArgumentException naming the value when it is not a host name or an IP address,
     *                                  or carries a port
     */
    static String normalize(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (n.endsWith(".") && n.length() > 1) {
            n = n.substring(0, n.length() - 1);
        }
        if (!n.startsWith("[") && n.indexOf(':') >= 0 && n.indexOf(':') != n.lastIndexOf(':')) {
            n = "[" + n + "]";
        }
        if (NAME.matcher(n).matches() || IPV6.matcher(n).matches()) {
            return n;
        }
        throw new IllegalArgumentException("'" + name + "' is not a host name or an IP address"
                + (n.indexOf(':') > 0 && !n.startsWith("[") ? " (give it without a port: any port is accepted)" : ""));
    }

    /** Whether a request carrying this {@code Host} header value ({@code null} when there is none) is answered. */
    boolean allows(String host) {
        if (host == null) {
            return true;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        int portAt = h.startsWith("[") ? h.indexOf("]:") + 1 : h.lastIndexOf(':');
        if (portAt > 0) {
            if (!PORT.matcher(h.substring(portAt + 1)).matches()) {
                return false;
            }
            h = h.substring(0, portAt);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return names.contains(h);
    }
}
