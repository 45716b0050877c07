package dev.copydesk.http;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Puts a {@link ServerLimits} into Jetty: the one connector Copydesk listens on, with its idle (stall)
 * timeout; a connection limit; a bounded thread pool whose queue holds at most one request per allowed
 * connection; a fixed output buffer; and the slowest data rate a request body or response may move at.
 * Jetty applies the idle timeout to every blocking read and write, so a client that stops reading its
 * response, or stops sending its body, loses its connection after {@link ServerLimits#stallTimeout()}.
 */
final class JettyLimits {
    private JettyLimits() {
    }

    static void apply(JavalinConfig c, ServerConfig config) {
        ServerLimits limits = config.limits();
        long stallMillis = limits.stallTimeout().toMillis();
        int queue = limits.maxConnections() + limits.maxThreads();
        QueuedThreadPool pool = new QueuedThreadPool(limits.maxThreads(), ServerLimits.MIN_THREADS, 60_000, -1,
                new BlockingArrayQueue<>(Math.min(queue, 1024), 64, queue), null);
        pool.setName("copydesk-http");
        c.jetty.threadPool = pool;
        // Javalin answers a read or write that timed out itself, with this status (500 unless told).
        c.jetty.timeoutStatus = 408;
        c.jetty.modifyHttpConfiguration(http -> {
            http.setOutputBufferSize(ServerLimits.OUTPUT_BUFFER_BYTES);
            http.setIdleTimeout(stallMillis);
            http.setMinRequestDataRate(limits.minDataRate());
            http.setMinResponseDataRate(limits.minDataRate());
        });
        c.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(config.host());
            connector.setPort(config.port());
            connector.setIdleTimeout(stallMillis);
            return connector;
        });
        c.jetty.modifyServer(server -> server.addBean(new ConnectionLimit(limits.maxConnections(), server)));
    }
}
