package no.maturo.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Text in some of the four supported languages, keyed by locale (en, nb, da, sv). */
public final class LocalizedText {

    public static final List<String> LOCALES = List.of("en", "nb", "da", "sv");

    private LocalizedText() {}

    /**
     * The text in {@code locale}, else in {@code fallbackLocale}, else in English, else in any language present; a
     * respondent never sees an empty statement because a translation is missing.
     */
    public static String in(Map<String, String> texts, String locale, String fallbackLocale) {
        return Optional.ofNullable(texts.get(locale))
                .or(() -> Optional.ofNullable(texts.get(fallbackLocale)))
                .or(() -> Optional.ofNullable(texts.get("en")))
                .or(() ->
                        LOCALES.stream().map(texts::get).filter(t -> t != null).findFirst())
                .orElse("");
    }

    /** Keeps the supported locales with non-blank text, trimmed, in a stable order. */
    public static Map<String, String> normalise(Map<String, String> texts) {
        Map<String, String> kept = new LinkedHashMap<>();
        if (texts != null) {
            for (String locale : LOCALES) {
                String text = texts.get(locale);
                if (text != null && !text.isBlank()) {
                    kept.put(locale, text.strip());
                }
            }
        }
        return kept;
    }
}
