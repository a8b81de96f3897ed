package io.zhaoshang.leads.company;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What makes a company worth courting: the lists and labels targeting and scoring look at. */
@Schema(description = "Label of a company for targeting and scoring. FORTUNE_GLOBAL_500 世界500强, CHINA_500 中国500强, "
        + "CENTRAL_SOE 央企, PROVINCIAL_SOE 省属国企, LISTED 上市公司, SPECIALIZED_SME 专精特新, "
        + "HIGH_TECH_ENTERPRISE 高新技术企业, UNICORN 独角兽.")
public enum CompanyTag {
    FORTUNE_GLOBAL_500,
    CHINA_500,
    CENTRAL_SOE,
    PROVINCIAL_SOE,
    LISTED,
    SPECIALIZED_SME,
    HIGH_TECH_ENTERPRISE,
    UNICORN
}
