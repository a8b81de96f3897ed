package io.zhaoshang.leads.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhaoshang.platform.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a company's facts, as plain Java. */
class CompanyTest {

    private static CompanyRequest request(String uscc, String country, String registrationNumber) {
        return new CompanyRequest(" 济宁重工有限公司 ", uscc, country, registrationNumber,
                List.of(CompanyTag.UNICORN, CompanyTag.CENTRAL_SOE, CompanyTag.UNICORN),
                List.of("C3914", "I65", "C3914"), " ");
    }

    @Test
    void keeps_the_uscc_in_upper_case_and_tags_and_industries_distinct() {
        Company company = new Company();
        company.apply(request(" 91440300708461136t", null, null));
        assertThat(company.uscc).isEqualTo("91440300708461136T");
        assertThat(company.name).isEqualTo("济宁重工有限公司");
        assertThat(company.tags).containsExactly(CompanyTag.CENTRAL_SOE, CompanyTag.UNICORN);
        assertThat(company.industryCodes).containsExactly("C3914", "I65");
        assertThat(company.headquarters).isNull();
    }

    @Test
    void a_foreign_company_needs_country_and_registration_number() {
        Company company = new Company();
        company.apply(request(null, "DE", " HRB 6684 "));
        assertThat(company.uscc).isNull();
        assertThat(company.registrationNumber).isEqualTo("HRB 6684");

        assertThatThrownBy(() -> new Company().apply(request(null, "DE", " ")))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(422);
                    assertThat(problem.code()).isEqualTo("company-identity-missing");
                });
        assertThatThrownBy(() -> new Company().apply(request(null, null, "HRB 6684")))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.code()).isEqualTo("company-identity-missing"));
    }

    @Test
    void a_country_must_be_one_iso_3166_knows() {
        assertThatThrownBy(() -> new Company().apply(request(null, "XX", "12345")))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(422);
                    assertThat(problem.code()).isEqualTo("invalid-country");
                });
        Company company = new Company();
        company.apply(request("91440300708461136T", "CN", null));
        assertThat(company.country).isEqualTo("CN");
    }

    @Test
    void industry_codes_follow_gb_t_4754() {
        assertThat(List.of("C", "C39", "C391", "C3914", "T97")).allMatch(code -> code.matches(CompanyRequest.INDUSTRY_CODE));
        assertThat(List.of("c39", "C3", "C39141", "U01", "39")).noneMatch(code -> code.matches(CompanyRequest.INDUSTRY_CODE));
    }
}
