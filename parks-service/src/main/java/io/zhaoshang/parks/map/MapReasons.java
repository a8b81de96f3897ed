package io.zhaoshang.parks.map;

import io.zhaoshang.parks.industry.IndustryCatalog;
import io.zhaoshang.parks.industry.IndustryEntry;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The reasons of one park on the map, in words: the match, then each need asked. Texts come from
 * {@code industry-map[_zh_CN].properties} (UTF-8) at the classpath root, English unless the locale
 * is Chinese.
 */
final class MapReasons {

    static final String BUNDLE = "industry-map";

    // Without this, the English base bundle could lose to the JVM's default locale, which may be Chinese.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle texts;
    private final Locale locale;
    private final IndustryCatalog catalog;
    private final String industry;
    private final MapNeed need;

    MapReasons(Locale locale, IndustryCatalog catalog, String industry, MapNeed need) {
        this.texts = ResourceBundle.getBundle(BUNDLE, locale, MapReasons.class.getClassLoader(), NO_FALLBACK);
        this.locale = locale;
        this.catalog = catalog;
        this.industry = industry;
        this.need = need;
    }

    List<IndustryMapView.Reason> of(MapCandidate candidate) {
        List<IndustryMapView.Reason> reasons = new ArrayList<>();
        reasons.add(match(candidate.match()));
        if (need.landMu() != null) {
            IndustryMapView.Land land = candidate.land();
            String landOfUse = texts.getString(need.landUse() == null ? "land.any" : "land." + need.landUse().name());
            reasons.add(reason(land.fits() ? "land-fits" : "land-short", number(land.freeMu()), landOfUse,
                    number(land.largestParcelMu()), number(need.landMu())));
        }
        if (need.spaceSqm() != null) {
            IndustryMapView.Space space = candidate.space();
            reasons.add(reason(space.fits() ? "space-fits" : "space-short", number(space.largestVacancySqm()),
                    number(need.spaceSqm()), number(space.vacantSqm())));
        }
        return List.copyOf(reasons);
    }

    private IndustryMapView.Reason match(IndustryMatch match) {
        String code = switch (match.kind()) {
            case LEADING_INDUSTRY -> "leading-industry";
            case PARENT_INDUSTRY -> "parent-industry";
            case SUB_INDUSTRY -> "sub-industry";
        };
        IndustryEntry matched = catalog.find(match.matchedIndustry()).orElseThrow();
        String name = locale.getLanguage().equals("zh") ? matched.nameZh() : matched.nameEn();
        return reason(code, name, matched.code(), match.position(), industry);
    }

    private IndustryMapView.Reason reason(String code, Object... args) {
        return new IndustryMapView.Reason(code, new MessageFormat(texts.getString(code), locale).format(args));
    }

    /** 1,234.5 rather than 1234.50: a figure for reading, the exact one is in the item. */
    private String number(BigDecimal value) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale)).format(value);
    }
}
