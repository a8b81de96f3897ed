package io.zhaoshang.projects.capital;

import io.restassured.response.ValidatableResponse;
import io.zhaoshang.projects.project.Projects;
import io.zhaoshang.projects.stage.Stages;
import java.time.LocalDate;

/** Signed projects and capital reports, for capital tests. */
final class Capital {

    /** The signed amount of {@link Stages#signing()}; capital may reach 3 × that without an override. */
    static final String SIGNED = "1150000000.00";
    static final String LIMIT = "3450000000.00";

    private Capital() {
    }

    /** A MAJOR project of {@link Projects#TEAM}, signed on 1,150,000,000 CNY. */
    static String signedProject(String zone) {
        String id = Stages.projectWithLand(zone);
        Stages.move(zone, id, Stages.signing()).statusCode(200);
        return id;
    }

    static ValidatableResponse report(String zone, String id, String body) {
        return Projects.member(zone).body(body).post("/api/v1/projects/{id}/capital-arrivals", id).then();
    }

    /** An instalment of {@code amountCny} CNY that arrived on {@code date} from the company's own funds. */
    static String cny(String amountCny, LocalDate date) {
        return """
                {"date": "%s", "amount": {"amount": "%s", "currency": "CNY"}, "source": "企业自有资金"}"""
                .formatted(date, amountCny);
    }
}
