package io.zhaoshang.scoring.rulebook;

/**
 * What makes a result worth more: a project in a leading industry (主导产业) of its park, a company
 * that is a Fortune Global 500 (世界500强) or a central state-owned enterprise (央企), foreign
 * investment (外资). FORTUNE_GLOBAL_500 and CENTRAL_SOE both reward the standing of the company, so
 * a company that is both gets only the larger of the two; the others multiply.
 */
public enum Multiplier {
    LEADING_INDUSTRY("主导产业", "leading industry"),
    FORTUNE_GLOBAL_500("世界500强", "Fortune Global 500"),
    CENTRAL_SOE("央企", "central SOE"),
    FOREIGN_INVESTMENT("外资", "foreign investment");

    private final String chinese;
    private final String english;

    Multiplier(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    boolean isCompanyStanding() {
        return this == FORTUNE_GLOBAL_500 || this == CENTRAL_SOE;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
