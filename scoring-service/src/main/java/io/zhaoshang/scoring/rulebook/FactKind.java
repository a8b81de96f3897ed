package io.zhaoshang.scoring.rulebook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The results a rulebook pays points for (or, for a penalty, takes them away), in the words of 考核办法. */
@Schema(description = "Kind of scored fact. LEAD_REGISTERED 登记线索, FOLLOW_UP 跟进 (by follow-up kind), "
        + "COLLISION_WON 撞单裁定保留, LEAD_CONVERTED 线索转化, PROJECT_SIGNED 签约项目, PROJECT_APPROVING 项目进入审批供地, "
        + "CONSTRUCTION_STARTED 项目开工, IN_PRODUCTION 项目投产, CAPITAL_ARRIVED 资金到位, RED_WARNING 红色预警 (penalty 扣分).")
public enum FactKind {
    LEAD_REGISTERED("登记线索", "Lead registered"),
    FOLLOW_UP("跟进", "Follow-up"),
    COLLISION_WON("撞单裁定保留", "Collision won"),
    LEAD_CONVERTED("线索转化", "Lead converted"),
    PROJECT_SIGNED("签约项目", "Project signed"),
    PROJECT_APPROVING("项目进入审批供地", "Project in approval"),
    CONSTRUCTION_STARTED("项目开工", "Construction started"),
    IN_PRODUCTION("项目投产", "Project in production"),
    CAPITAL_ARRIVED("资金到位", "Capital arrived"),
    RED_WARNING("红色预警", "Red warning");

    private final String chinese;
    private final String english;

    FactKind(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** A penalty kind takes points: its rule's base points are negative, and it has no amount part. */
    public boolean isPenalty() {
        return this == RED_WARNING;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
