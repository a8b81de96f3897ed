package io.zhaoshang.platform.problem;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The language of an answer and its texts. English unless the caller prefers Chinese; texts come
 * from a service's own bundle {@code problems[_zh_CN].properties} (at the classpath root), then
 * the platform's {@code io/zhaoshang/platform/problem/problems[_zh_CN].properties}. Both are UTF-8.
 */
public final class ProblemTexts {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final String SERVICE_BUNDLE = "problems";
    static final String PLATFORM_BUNDLE = "io.zhaoshang.platform.problem.problems";
    private static final List<String> BUNDLES = List.of(SERVICE_BUNDLE, PLATFORM_BUNDLE);

    // Without this, a missing problems_en would fall back to the JVM's default locale, which may be Chinese.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemTexts() {
    }

    /**
     * The answer's language for an {@code Accept-Language} header: the most preferred range that
     * is Chinese (any zh-*) or English (en-*, *) wins; English when none is, or the header is absent
     * or malformed.
     */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
        return ranges.stream()
                .filter(range -> range.getWeight() > 0)
                .sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
                .map(range -> range.getRange().split("-")[0])
                .filter(language -> language.equals("zh") || language.equals("en") || language.equals("*"))
                .findFirst()
                .map(language -> language.equals("zh") ? CHINESE : ENGLISH)
                .orElse(ENGLISH);
    }

    /** The text for a key with {@link MessageFormat} arguments, if a bundle has it. */
    public static Optional<String> text(String key, Locale locale, Object... args) {
        return raw(key, locale).map(pattern -> new MessageFormat(pattern, locale).format(resolve(args, locale)));
    }

    private static Optional<String> raw(String key, Locale locale) {
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale, classLoader(), NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    return Optional.of(bundle.getString(key));
                }
            } catch (MissingResourceException noSuchBundle) {
                // a service need not have its own bundle
            }
        }
        return Optional.empty();
    }

    private static Object[] resolve(Object[] args, Locale locale) {
        return Arrays.stream(args).map(arg -> resolve(arg, locale)).toArray();
    }

    private static Object resolve(Object arg, Locale locale) {
        if (arg instanceof ProblemException.Term term) {
            return raw(term.key(), locale).orElse(term.fallback());
        }
        if (arg instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return arg;
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ProblemTexts.class.getClassLoader();
    }
}
