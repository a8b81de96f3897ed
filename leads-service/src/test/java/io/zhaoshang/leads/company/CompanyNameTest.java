package io.zhaoshang.leads.company;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What makes two names one name, as plain Java. */
class CompanyNameTest {

    @Test
    void traditional_and_simplified_are_one_name() {
        assertThat(CompanyName.normalise("華為技術有限公司")).isEqualTo("华为技术");
        assertThat(CompanyName.normalise("济宁重工集團")).isEqualTo(CompanyName.normalise("济宁重工集团"));
        assertThat(CompanyName.normalise("藥明康德")).isEqualTo("药明康德");
    }

    @Test
    void full_width_forms_case_spaces_and_punctuation_do_not_count() {
        assertThat(CompanyName.normalise("ＴＣＬ　科技集团")).isEqualTo("tcl科技");
        assertThat(CompanyName.normalise(" 华为 技术（深圳）有限公司 ")).isEqualTo("华为技术深圳");
        assertThat(CompanyName.normalise("华为·技术")).isEqualTo("华为技术");
    }

    @Test
    void legal_form_suffixes_do_not_count() {
        assertThat(CompanyName.normalise("中国银行股份有限公司")).isEqualTo("中国银行");
        assertThat(CompanyName.normalise("济宁重工有限责任公司")).isEqualTo("济宁重工");
        assertThat(CompanyName.normalise("山东能源集团有限公司")).isEqualTo("山东能源");
        assertThat(CompanyName.normalise("潍柴动力集团股份有限公司")).isEqualTo("潍柴动力");
        assertThat(CompanyName.normalise("Huawei Technologies Co., Ltd.")).isEqualTo("huaweitechnologies");
        assertThat(CompanyName.normalise("Siemens AG")).isEqualTo("siemens");
    }

    @Test
    void a_suffix_inside_a_word_or_a_branch_stays() {
        assertThat(CompanyName.normalise("Cisco Systems")).isEqualTo("ciscosystems");
        assertThat(CompanyName.normalise("华为技术有限公司济宁分公司")).isEqualTo("华为技术有限公司济宁分公司");
        assertThat(CompanyName.normalise("集团")).as("nothing but a suffix keeps it").isEqualTo("集团");
        assertThat(CompanyName.normalise("AG")).isEqualTo("ag");
        assertThat(CompanyName.normalise("？！")).isEmpty();
    }

    @Test
    void pinyin_and_initials_read_polyphones_by_phrase() {
        assertThat(CompanyName.of("华为技术有限公司")).isEqualTo(new CompanyName("华为技术", "huaweijishu", "hwjs"));
        assertThat(CompanyName.of("中國銀行").pinyin()).isEqualTo("zhongguoyinhang");
        assertThat(CompanyName.of("重庆长安汽车").initials()).isEqualTo("cqcaqc");
        assertThat(CompanyName.of("TCL科技集团")).isEqualTo(new CompanyName("tcl科技", "tclkeji", "tclkj"));
    }
}
