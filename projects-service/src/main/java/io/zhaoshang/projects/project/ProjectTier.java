package io.zhaoshang.projects.project;

import io.zhaoshang.platform.value.Money;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The size class zones report separately: 亿元以上 and 10亿元以上 projects, the latter with a
 * responsible leader and a special team.
 */
@Schema(description = "Size class from the total investment in CNY. MAJOR 10亿元以上 (≥ 1,000,000,000 CNY), "
        + "KEY 亿元以上 (≥ 100,000,000 CNY), REGULAR below.")
public enum ProjectTier {
    MAJOR,
    KEY,
    REGULAR;

    static final BigDecimal MAJOR_FROM_CNY = new BigDecimal("1000000000");
    static final BigDecimal KEY_FROM_CNY = new BigDecimal("100000000");

    /** The tier of a total investment, judged on its amount in CNY. */
    public static ProjectTier of(Money totalInvestment) {
        BigDecimal cny = totalInvestment.inCny();
        if (cny.compareTo(MAJOR_FROM_CNY) >= 0) {
            return MAJOR;
        }
        return cny.compareTo(KEY_FROM_CNY) >= 0 ? KEY : REGULAR;
    }
}
