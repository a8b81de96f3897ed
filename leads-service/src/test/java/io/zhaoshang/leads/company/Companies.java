package io.zhaoshang.leads.company;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.platform.value.Uscc;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Test data and callers for company tests: every test works in a zone of its own. */
final class Companies {

    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Companies() {
    }

    static String newZoneCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A fresh USCC of an enterprise (91) in Jining (370800) with a correct check character. */
    static String newUscc() {
        StringBuilder code = new StringBuilder("91370800");
        for (int i = 0; i < 9; i++) {
            code.append(USCC_ALPHABET.charAt(ThreadLocalRandom.current().nextInt(USCC_ALPHABET.length())));
        }
        return code.append(Uscc.checkCharacter(code.toString())).toString();
    }

    /** A Chinese company with a USCC. */
    static String body(String name, String uscc, String... tags) {
        return """
                {"name": "%s", "uscc": "%s", "tags": [%s], "industryCodes": ["SEI-04.01"], "headquarters": "济宁市"}
                """.formatted(name, uscc, quoted(tags));
    }

    /** A foreign company: no USCC, a country and a registration number. */
    static String foreignBody(String name, String country, String registrationNumber) {
        return """
                {"name": "%s", "country": "%s", "registrationNumber": "%s", "tags": ["FORTUNE_GLOBAL_500"]}
                """.formatted(name, country, registrationNumber);
    }

    static RequestSpecification as(String zone, String role) {
        String token = ZhaoshangTestResource.tokens().issue(role + "-of-" + zone, zone, null, role);
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static RequestSpecification member(String zone) {
        return as(zone, Roles.TEAM_MEMBER);
    }

    /** Registers a company in the zone and returns its id. */
    static String register(String zone, String body) {
        return member(zone).body(body).post("/api/v1/companies").then().statusCode(201).extract().path("id");
    }

    private static String quoted(String... values) {
        return String.join(", ", Arrays.stream(values).map(v -> "\"" + v + "\"").toList());
    }
}
