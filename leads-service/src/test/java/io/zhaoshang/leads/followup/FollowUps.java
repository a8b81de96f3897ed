package io.zhaoshang.leads.followup;

import java.time.LocalDate;
import java.time.ZoneId;

/** Bodies of follow-ups for tests. */
final class FollowUps {

    static final ZoneId ZONE_TIME = ZoneId.of("Asia/Shanghai");

    private FollowUps() {
    }

    static String today() {
        return LocalDate.now(ZONE_TIME).toString();
    }

    /** A follow-up of the given kind on the leads (ids), dated {@code date}. */
    static String body(String kind, String date, String... leadIds) {
        return """
                {"leadIds": ["%s"], "kind": "%s", "date": "%s", "participants": ["张伟", "李娜（企业投资总监）"],
                 "summary": "赴深圳总部洽谈，企业确认华东基地选址意向。", "nextStep": "邀请企业来园区实地考察。"}
                """.formatted(String.join("\", \"", leadIds), kind, date);
    }
}
