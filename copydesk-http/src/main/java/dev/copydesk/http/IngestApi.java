package dev.copydesk.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.copydesk.clean.Cleaner;
import dev.copydesk.core.Pipeline;
import dev.copydesk.index.ArticleIndex;
import dev.copydesk.ingest.RawInput;
import dev.copydesk.pipeline.AnalysisConfig;
import dev.copydesk.pipeline.ArticleAnalyzer;
import dev.copydesk.pipeline.IndexStore;
import dev.copydesk.pipeline.IngestConfig;
import dev.copydesk.pipeline.IngestResult;
import dev.copydesk.pipeline.Ingestor;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code POST /api/articles}: takes one article as JSON and hands it to an {@link Ingestor} (clean,
 * skip when unchanged, analyse, put, commit after every article). Only for a client that presents the
 * configured bearer token. This class only checks the request and maps the result to a response.
 *
 * <p>{@code text} is taken as already-clean text ({@link Cleaner.Mode#NONE}), so the offsets of every
 * annotation index into exactly the text that was sent; {@code html} goes through Copydesk's HTML
 * extraction. The annotation pipeline is loaded once, on the first article. Thread-safe; ingests run
 * at most one per core at a time.
 */
final class IngestApi {
    static final Set<String> FIELDS = Set.of("id", "title", "text", "html", "url", "published");
    static final String SOURCE = "api";
    private static final int MAX_TITLE = 2000;
    private static final int MAX_URL = 4000;
    private static final List<DateTimeFormatter> DATE_FORMS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ISO_LOCAL_DATE_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Text is taken as clean; every stored article is committed at once, so a 201 means durable. */
    static final IngestConfig CONFIG = IngestConfig.defaults()
            .withAnalysis(AnalysisConfig.defaults().withCleanMode(Cleaner.Mode.NONE)).withCommitEvery(1);

    private final Ingestor ingestor;
    private final byte[] tokenDigest;
    private final long maxBodyBytes;
    private final Semaphore ingests = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    /** The index stays its owner's to close. */
    IngestApi(ArticleIndex index, String token, long maxBodyBytes, Supplier<Pipeline> pipeline) {
        this.ingestor = new Ingestor(CONFIG, new ArticleAnalyzer(CONFIG.analysis(), pipeline), new IndexStore(index));
        this.tokenDigest = token == null ? null : sha256(token);
        this.maxBodyBytes = maxBodyBytes;
    }

    void post(Context ctx) throws IOException, InterruptedException {
        byte[] body;
        try {
            authorize(ctx);
            String type = ctx.contentType();
            if (type == null || !type.toLowerCase(Locale.ROOT).strip().startsWith("application/json")) {
                throw new ApiException(415, "unsupported_media_type", "send the article as Content-Type: application/json");
            }
            body = readBody(ctx);
        } catch (ApiException e) {
            // The body was not read to its end: close the connection rather than keep what is left of it.
            ctx.header("Connection", "close");
            throw e;
        }
        RawInput in = parse(body);
        IngestResult result;
        ingests.acquire();
        try {
            result = ingestor.ingest(in);
        } finally {
            ingests.release();
        }
        if (result.status() == IngestResult.Status.FAILED) {
            throw failure(result, in);
        }
        ctx.status(201).header("Location", "/api/articles/" + encodePathSegment(result.id()))
                .json(new Views.Ingested(result.id(), result.status().name().toLowerCase(Locale.ROOT)));
    }

    private static RuntimeException failure(IngestResult r, RawInput in) {
        return switch (r.failure()) {
            case NO_TEXT -> new ApiException(422, "no_text",
                    "no article text was found in the " + (in.kind() == RawInput.Kind.HTML ? "html" : "text"));
            case OVER_ANALYSIS_LIMIT -> new ApiException(422, "too_long", r.error());
            case UNREADABLE, ERROR -> new IllegalStateException("ingest of " + r.id() + " failed: " + r.error());
        };
    }

    private void authorize(Context ctx) {
        if (tokenDigest == null) {
            throw new ApiException(403, "ingest_disabled",
                    "this server takes no articles: start it with an ingest token (--ingest-token or COPYDESK_INGEST_TOKEN)");
        }
        String auth = ctx.header("Authorization");
        String given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : null;
        // Comparing digests takes the same time whatever the token's length or content.
        if (given == null || !MessageDigest.isEqual(sha256(given), tokenDigest)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"copydesk\"");
            throw new ApiException(401, "unauthorized", given == null
                    ? "send the ingest token as 'Authorization: Bearer <token>'" : "the token is not the ingest token");
        }
    }

    private byte[] readBody(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (body.length > maxBodyBytes) {
                throw tooLarge();
            }
            return body;
        }
    }

    private ApiException tooLarge() {
        return new ApiException(413, "payload_too_large", "the request body is larger than " + maxBodyBytes + " bytes");
    }

    /** Validates the JSON and turns it into the input the cleaner takes. */
    static RawInput parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not well-formed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badRequest("the body could not be read as JSON");
        }
        if (root == null || !root.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object like {\"title\": \"…\", \"text\": \"…\"}");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ApiException.badRequest("unknown field '" + QueryParams.abbreviate(name) + "'; known: "
                        + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        String text = string(root, "text");
        String html = string(root, "html");
        if ((text == null) == (html == null)) {
            throw ApiException.badRequest("give exactly one of 'text' (clean text) and 'html' (a web page)");
        }
        if ((text != null ? text : html).isBlank()) {
            throw ApiException.badRequest("'" + (text != null ? "text" : "html") + "' is blank");
        }
        String title = string(root, "title");
        if (title != null && title.length() > MAX_TITLE) {
            throw ApiException.badRequest("'title' is longer than " + MAX_TITLE + " characters");
        }
        String id = string(root, "id");
        if (id != null && !ID.matcher(id).matches()) {
            throw ApiException.badRequest("'id' must be 1 to 200 letters, digits and . _ : - (starting with a letter or digit)");
        }
        String url = string(root, "url");
        if (url != null) {
            checkUrl(url);
        }
        String published = string(root, "published");
        if (published != null) {
            checkDate(published);
        }
        return new RawInput(SOURCE, id, url, title, published, null,
                text != null ? RawInput.Kind.TEXT : RawInput.Kind.HTML, text != null ? text : html);
    }

    private static String string(JsonNode root, String name) {
        JsonNode v = root.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.badRequest("'" + name + "' must be a string");
        }
        return v.asText();
    }

    private static void checkUrl(String url) {
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (url.length() <= MAX_URL && (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw ApiException.badRequest("'url' must be an absolute http or https URL of at most " + MAX_URL + " characters");
    }

    private static void checkDate(String published) {
        for (DateTimeFormatter f : DATE_FORMS) {
            try {
                f.parse(published);
                return;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw ApiException.badRequest("'published' must be an ISO-8601 date or date-time like 2022-09-21 or "
                + "2022-09-21T14:30:00Z, was '" + QueryParams.abbreviate(published) + "'");
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String encodePathSegment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
