package dev.copydesk.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A request's query parameters, read strictly: unknown names, repeated single values, malformed
 * percent-escapes, numbers and dates are client errors ({@link ApiException} 400) that name the
 * parameter, never server faults.
 */
final class QueryParams {
    /** The longest value any parameter may have. */
    static final int MAX_VALUE_CHARS = 1000;
    /** The most values a repeatable parameter may have. */
    static final int MAX_VALUES = 20;

    private final Map<String, List<String>> values;

    private QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Parses a raw (still percent-encoded) query string, accepting only the names in {@code allowed}. */
    static QueryParams parse(String rawQuery, Set<String> allowed) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq), "a parameter name");
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1), "parameter '" + name + "'");
                if (!allowed.contains(name)) {
                    throw ApiException.badRequest("unknown parameter '" + abbreviate(name) + "'; known: "
                            + String.join(", ", allowed.stream().sorted().toList()));
                }
                if (value.length() > MAX_VALUE_CHARS) {
                    throw ApiException.badRequest("parameter '" + name + "' is longer than " + MAX_VALUE_CHARS + " characters");
                }
                List<String> list = values.computeIfAbsent(name, k -> new ArrayList<>());
                if (list.size() == MAX_VALUES) {
                    throw ApiException.badRequest("parameter '" + name + "' is given more than " + MAX_VALUES + " times");
                }
                list.add(value);
            }
        }
        return new QueryParams(values);
    }

    /** The single value of {@code name}, stripped, or {@code null} when absent or blank. */
    String single(String name) {
        List<String> list = values.get(name);
        if (list == null) {
            return null;
        }
        if (list.size() > 1) {
            throw ApiException.badRequest("parameter '" + name + "' may be given once, was given " + list.size() + " times");
        }
        String v = list.get(0).strip();
        return v.isEmpty() ? null : v;
    }

    /** Every non-blank value of a repeatable parameter, stripped, in order. */
    List<String> all(String name) {
        List<String> out = new ArrayList<>();
        for (String v : values.getOrDefault(name, List.of())) {
            if (!v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }

    /** An integer in [{@code min}, {@code max}], or {@code fallback} when absent. */
    int integer(String name, int fallback, int min, int max) {
        String v = single(name);
        if (v == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be a whole number, was '" + abbreviate(v) + "'");
        }
        if (n < min || n > max) {
            throw ApiException.badRequest("parameter '" + name + "' must be between " + min + " and " + max + ", was " + n);
        }
        return n;
    }

    /** An ISO date ({@code 2022-09-21}), or {@code null} when absent. */
    LocalDate date(String name) {
        String v = single(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be a date like 2022-09-21, was '" + abbreviate(v) + "'");
        }
    }

    private static String decode(String s, String what) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("malformed percent-encoding in " + what);
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
