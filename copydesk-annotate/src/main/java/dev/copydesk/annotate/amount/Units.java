package dev.copydesk.annotate.amount;

import java.util.Map;

/**
 * The currencies and units Copydesk reads next to numbers, mapped to the names it reports: ISO 4217
 * codes for money, singular unit names otherwise. Stateless.
 */
final class Units {
    /** Currency signs written before the digits. "¥" is read as yen. */
    static final Map<Character, String> SIGNS = Map.of('£', "GBP", '$', "USD", '€', "EUR", '¥', "JPY", '₽', "RUB");
    /** Currency codes written before or after the digits ("GBP 5", "5 USD"). */
    static final Map<String, String> CODES = Map.of("GBP", "GBP", "USD", "USD", "EUR", "EUR", "RUB", "RUB",
            "JPY", "JPY");
    /** Currency names after the number. "pounds" is money unless followed by "of" (see AmountParser). */
    static final Map<String, String> NAMES = Map.ofEntries(Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"),
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("euro", "EUR"),
            Map.entry("euros", "EUR"), Map.entry("rouble", "RUB"), Map.entry("roubles", "RUB"),
            Map.entry("ruble", "RUB"), Map.entry("rubles", "RUB"), Map.entry("yen", "JPY"),
            Map.entry("sterling", "GBP"));
    /** Units after the number, singular or plural, mapped to the reported unit. */
    static final Map<String, String> MEASURES = Map.ofEntries(Map.entry("mile", "mile"), Map.entry("miles", "mile"),
            Map.entry("km", "km"), Map.entry("kilometre", "km"), Map.entry("kilometres", "km"),
            Map.entry("kilometer", "km"), Map.entry("kilometers", "km"), Map.entry("metre", "metre"),
            Map.entry("metres", "metre"), Map.entry("meter", "metre"), Map.entry("meters", "metre"),
            Map.entry("kg", "kg"), Map.entry("kilogram", "kg"), Map.entry("kilograms", "kg"),
            Map.entry("kilo", "kg"), Map.entry("kilos", "kg"), Map.entry("tonne", "tonne"),
            Map.entry("tonnes", "tonne"), Map.entry("ton", "tonne"), Map.entry("tons", "tonne"),
            Map.entry("lb", "lb"), Map.entry("lbs", "lb"), Map.entry("mph", "mph"),
            Map.entry("percent", "percent"), Map.entry("year", "year"), Map.entry("years", "year"),
            Map.entry("month", "month"), Map.entry("months", "month"), Map.entry("week", "week"),
            Map.entry("weeks", "week"), Map.entry("day", "day"), Map.entry("days", "day"),
            Map.entry("hour", "hour"), Map.entry("hours", "hour"), Map.entry("minute", "minute"),
            Map.entry("minutes", "minute"));

    private Units() {
    }

    static String sign(Tokens t, int i) {
        return t.is(i, Tokens.SYM) && t.end(i) - t.start(i) == 1 ? SIGNS.get(t.text().charAt(t.start(i))) : null;
    }

    static boolean isDuration(String unit) {
        return switch (unit) {
            case "year", "month", "week", "day", "hour", "minute" -> true;
            default -> false;
        };
    }
}
