package io.zhaoshang.leads.leadimport;

/** Why a row of an import is not a lead: a problem code, the column at fault (if one) and words for people. */
public class RowRejected extends RuntimeException {

    private final String code;
    private final String column;

    public RowRejected(String code, String column, String message) {
        super(message, null, false, false);
        this.code = code;
        this.column = column;
    }

    public String code() {
        return code;
    }

    public String column() {
        return column;
    }
}
