package io.zhaoshang.leads.leadimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhaoshang.leads.lead.ChainRole;
import io.zhaoshang.leads.lead.LeadRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadCsvTest {

    private static final String HEADER = String.join(",", LeadCsv.COLUMNS);
    private static final UUID COMPANY = UUID.randomUUID();

    @Test
    void the_header_may_start_with_a_byte_order_mark_and_name_the_columns_in_any_order() {
        assertThat(LeadCsv.header("\uFEFF" + HEADER)).containsEntry("company", 0).containsEntry("targetParkId", 11);
        List<String> columns = new ArrayList<>(LeadCsv.COLUMNS);
        Collections.reverse(columns);
        String reversed = String.join(",", columns);
        assertThat(LeadCsv.header(reversed)).containsEntry("company", 11);
    }

    @Test
    void a_header_missing_or_adding_a_column_is_refused() {
        assertThatThrownBy(() -> LeadCsv.header("company,title")).isInstanceOf(RowRejected.class)
                .extracting("code").isEqualTo("import-header-invalid");
        assertThatThrownBy(() -> LeadCsv.header(HEADER + ",extra")).isInstanceOf(RowRejected.class);
        assertThatThrownBy(() -> LeadCsv.header(null)).isInstanceOf(RowRejected.class);
    }

    @Test
    void a_line_becomes_a_request_with_quoted_commas_and_cny_amounts() {
        Map<String, Integer> header = LeadCsv.header(HEADER);
        LeadRequest request = LeadCsv.request(header,
                COMPANY + ",\"新建项目, 一期\",SEI-04.01,FILL_CHAIN,EXPO_EVENT,\"说 \"\"推介会\"\"\",1200000000,120.5,300,,,",
                cell -> UUID.fromString(cell));
        assertThat(request.companyId()).isEqualTo(COMPANY);
        assertThat(request.title()).isEqualTo("新建项目, 一期");
        assertThat(request.sourceDetail()).isEqualTo("说 \"推介会\"");
        assertThat(request.chainRole()).isEqualTo(ChainRole.FILL_CHAIN);
        assertThat(request.intendedInvestment().currency()).isEqualTo("CNY");
        assertThat(request.intendedInvestment().amount()).isEqualByComparingTo("1200000000");
        assertThat(request.landMu()).isEqualTo(new BigDecimal("120.5"));
        assertThat(request.expectedOutput()).isNull();
        assertThat(request.targetParkId()).isNull();
    }

    @Test
    void an_unclosed_quote_a_wrong_field_count_and_unreadable_values_reject_the_row() {
        Map<String, Integer> header = LeadCsv.header(HEADER);
        assertThatThrownBy(() -> LeadCsv.request(header, COMPANY + ",\"未闭合,SEI-04,FILL_CHAIN,EXPO_EVENT,,,,,,,",
                UUID::fromString)).extracting("code").isEqualTo("csv-malformed-row");
        assertThatThrownBy(() -> LeadCsv.request(header, COMPANY + ",标题", UUID::fromString))
                .extracting("code").isEqualTo("csv-column-count");
        assertThatThrownBy(() -> LeadCsv.request(header, COMPANY + ",标题,SEI-04,BAD,EXPO_EVENT,,,,,,,",
                UUID::fromString)).extracting("code", "column").containsExactly("invalid-enum-value", "chainRole");
        assertThatThrownBy(() -> LeadCsv.request(header, COMPANY + ",标题,SEI-04,FILL_CHAIN,EXPO_EVENT,,一亿,,,,,",
                UUID::fromString)).extracting("code", "column")
                .containsExactly("invalid-csv-value", "intendedInvestmentCny");
    }

    @Test
    void a_company_cell_is_an_id_or_else_a_uscc() {
        assertThat(LeadCsv.companyIdOrNull(COMPANY.toString())).isEqualTo(COMPANY);
        assertThat(LeadCsv.companyIdOrNull("91370800MA3C5XXX0X")).isNull();
    }
}
