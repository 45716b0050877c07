package dev.copydesk.http;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link CopydeskServer} listens and what it accepts.
 *
 * @param host          the address to bind; {@code 127.0.0.1} (the default) keeps the server private to this machine
 * @param port          the TCP port, or 0 for any free port ({@link CopydeskServer#port()} tells which)
 * @param ingestToken   the bearer token {@code POST /api/articles} requires, or {@code null} to refuse all writes
 * @param maxBodyBytes  the largest request body accepted; larger ones get 413
 * @param refreshEvery  how often to look for articles another process committed to the index, or {@code null} never
 * @param allowedHosts  host names (or IP addresses) the server answers to besides 127.0.0.1, localhost, [::1] and
 *                      {@code host}; a request whose {@code Host} header names anything else gets 421 (see
 *                      {@link AllowedHosts}). Stored normalized: lower case, IPv6 in brackets
 * @param limits        what one client may take from the server
 */
public record ServerConfig(String host, int port, String ingestToken, long maxBodyBytes, Duration refreshEvery,
                           List<String> allowedHosts, ServerLimits limits) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_BODY_BYTES = 2L * 1024 * 1024;
    /** The shortest token accepted: anything shorter is too easy to guess. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (ingestToken != null && (ingestToken.length() < MIN_TOKEN_LENGTH || ingestToken.chars().anyMatch(c -> c <= ' ' || c > '~'))) {
            throw new IllegalArgumentException("the ingest token must be at least " + MIN_TOKEN_LENGTH
                    + " printable ASCII characters without spaces");
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024, was " + maxBodyBytes);
        }
        if (refreshEvery != null && (refreshEvery.isNegative() || refreshEvery.isZero())) {
            throw new IllegalArgumentException("refreshEvery must be positive, was " + refreshEvery);
        }
        AllowedHosts.normalize(host);
        allowedHosts = allowedHosts == null ? List.of() : allowedHosts.stream().map(AllowedHosts::normalize).toList();
        Objects.requireNonNull(limits, "limits");
    }

    /** A server on {@code host:port} answering only to its loopback names and {@code host}, with the default limits. */
    public ServerConfig(String host, int port, String ingestToken, long maxBodyBytes, Duration refreshEvery) {
        this(host, port, ingestToken, maxBodyBytes, refreshEvery, List.of(), ServerLimits.defaults());
    }

    /** Localhost, port 7070, no ingest, 2 MB bodies, no refresh, no other host names, the default limits. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, null, DEFAULT_MAX_BODY_BYTES, null);
    }

    public ServerConfig withHost(String v) {
        return new ServerConfig(v, port, ingestToken, maxBodyBytes, refreshEvery, allowedHosts, limits);
    }

    public ServerConfig withPort(int v) {
        return new ServerConfig(host, v, ingestToken, maxBodyBytes, refreshEvery, allowedHosts, limits);
    }

    public ServerConfig withIngestToken(String v) {
        return new ServerConfig(host, port, v, maxBodyBytes, refreshEvery, allowedHosts, limits);
    }

    public ServerConfig withMaxBodyBytes(long v) {
        return new ServerConfig(host, port, ingestToken, v, refreshEvery, allowedHosts, limits);
    }

    public ServerConfig withRefreshEvery(Duration v) {
        return new ServerConfig(host, port, ingestToken, maxBodyBytes, v, allowedHosts, limits);
    }

    public ServerConfig withAllowedHosts(List<String> v) {
        return new ServerConfig(host, port, ingestToken, maxBodyBytes, refreshEvery, v, limits);
    }

    public ServerConfig withLimits(ServerLimits v) {
        return new ServerConfig(host, port, ingestToken, maxBodyBytes, refreshEvery, allowedHosts, v);
    }

    @Override
    public String toString() {
        // Never show the token.
        return "ServerConfig[host=" + host + ", port=" + port + ", ingest=" + (ingestToken == null ? "off" : "on")
                + ", maxBodyBytes=" + maxBodyBytes + ", refreshEvery=" + refreshEvery + ", allowedHosts=" + allowedHosts
                + ", limits=" + limits + "]";
    }
}
