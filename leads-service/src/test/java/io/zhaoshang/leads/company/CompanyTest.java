package io.zhaoshang.leads.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhaoshang.platform.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of a company's facts, as plain Java. */
class CompanyTest {

    private static CompanyRequest request(String uscc, String country, String registrationNumber) {
        return new CompanyRequest(" 济宁重工有限公司 ", uscc, country, registrationNumber,
                List.of(CompanyTag.UNICORN, CompanyTag.CENTRAL_SOE, CompanyTag.UNICORN),
                List.of("SEI-04.01", "TRD-02", "SEI-04.01"), " ", List.of(" 济重 ", "济宁重工有限公司", "济重", "山推"),
                List.of(new Contact(" 张伟 ", " ", " 0537-2345678 ", null)));
    }

    @Test
    void keeps_the_uscc_in_upper_case_and_tags_and_industries_distinct() {
        Company company = new Company();
        company.apply(request(" 91440300708461136t", null, null));
        assertThat(company.uscc).isEqualTo("91440300708461136T");
        assertThat(company.name).isEqualTo("济宁重工有限公司");
        assertThat(company.tags).containsExactly(CompanyTag.CENTRAL_SOE, CompanyTag.UNICORN);
        assertThat(company.industryCodes).containsExactly("SEI-04.01", "TRD-02");
        assertThat(company.headquarters).isNull();
        assertThat(company.aliases).as("distinct, without the name itself").containsExactly("济重", "山推");
        assertThat(company.contacts).containsExactly(new Contact("张伟", null, "0537-2345678", null));
        assertThat(company.nameKeys).extracting(CompanyNameKey::normalised).containsExactly("济宁重工", "济重", "山推");
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
    void a_merge_gives_the_survivor_the_names_it_lacks_and_an_undo_takes_them_back() {
        Company survivor = new Company();
        survivor.apply(request("91440300708461136T", null, null)); // 济宁重工有限公司, aliases 济重, 山推
        Company duplicate = new Company();
        duplicate.apply(new CompanyRequest("济宁重工集团", null, "CN", "1", null, null, null,
                List.of("济重", "Jining Heavy Industry"), null));

        List<String> moved = survivor.takeNamesOf(duplicate);
        assertThat(moved).containsExactly("济宁重工集团", "Jining Heavy Industry");
        assertThat(survivor.aliases).containsExactly("济重", "山推", "济宁重工集团", "Jining Heavy Industry");
        assertThat(survivor.nameKeys).extracting(CompanyNameKey::pinyin).contains("jiningheavyindustry");

        survivor.aliases.remove("Jining Heavy Industry"); // removed by hand after the merge
        assertThat(survivor.dropAliases(moved)).containsExactly("济宁重工集团");
        assertThat(survivor.aliases).containsExactly("济重", "山推");
    }

    @Test
    void a_merge_can_be_undone_once_within_its_window_while_the_survivor_stands() {
        Company company = new Company();
        Company into = new Company();
        Instant mergedAt = Instant.parse("2026-11-22T10:00:00Z");
        CompanyMerge merge = CompanyMerge.of(company, into, List.of(), mergedAt, Duration.ofDays(7));
        assertThat(merge.undoableUntil).isEqualTo(Instant.parse("2026-11-29T10:00:00Z"));

        assertThatCode(() -> merge.requireUndoable(mergedAt.plus(Duration.ofDays(7)).minusSeconds(1), into))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> merge.requireUndoable(mergedAt.plus(Duration.ofDays(7)), into))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(409);
                    assertThat(problem.code()).isEqualTo("company-merge-undo-expired");
                });
        into.mergeInto(UUID.randomUUID());
        assertThatThrownBy(() -> merge.requireUndoable(mergedAt, into))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.code()).isEqualTo("company-merge-undo-blocked"));
        into.restore();
        merge.undone(mergedAt.plusSeconds(60));
        assertThatThrownBy(() -> merge.requireUndoable(mergedAt.plusSeconds(120), into))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.code()).isEqualTo("company-merge-undone"));
    }
}
