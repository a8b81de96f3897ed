package io.zhaoshang.leads.lead;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the lead was found (线索来源). */
@Schema(description = "Source channel. SELF_DEVELOPED 小分队自主开发, PLATFORM_PARTNER 平台招商, BUSINESS_REFERRAL 以商招商, "
        + "COMMISSIONED_AGENT 委托招商, OVERSEAS_OFFICE 海外招商, EXPO_EVENT 推介会/节会, INDUSTRY_CHAIN 产业链招商, "
        + "GOVERNMENT_REFERRAL 政府推荐.")
public enum SourceChannel {
    SELF_DEVELOPED,
    PLATFORM_PARTNER,
    BUSINESS_REFERRAL,
    COMMISSIONED_AGENT,
    OVERSEAS_OFFICE,
    EXPO_EVENT,
    INDUSTRY_CHAIN,
    GOVERNMENT_REFERRAL
}
