package io.zhaoshang.leads.export;

import io.zhaoshang.leads.lead.Lead;
import io.zhaoshang.leads.timer.DueTimer;
import io.zhaoshang.platform.value.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The columns of the CSV export of leads and the cells of one lead. Where the import of leads
 * (lead-imports) has a column, the export uses its name and form ({@code company} the USCC, else the
 * company id; amounts in CNY), so an exported file is a filled-in import template plus what the
 * service adds (code, status, pool, times). The names are the same in every language: a file is
 * read by other systems and imported again. Plain Java.
 */
public final class LeadCsvColumns {

    public static final List<String> HEADER = List.of("code", "company", "companyName", "title", "industryCode",
            "chainRole", "sourceChannel", "sourceDetail", "intendedInvestmentCny", "landMu", "expectedJobs",
            "expectedOutputCny", "expectedTaxCny", "targetParkId", "status", "lostReason", "pool", "ownerTeam",
            "protectedUntil", "reportedTeam", "overdueTimers", "createdAt", "createdBy", "id");

    private LeadCsvColumns() {
    }

    /** The cells of a lead, in the order of {@link #HEADER}; an absent value is an empty cell. */
    public static List<String> cells(Lead lead, LeadCompany company, List<DueTimer> overdueTimers) {
        return List.of(lead.code, company.reference(lead.companyId), words(company.name()), words(lead.title),
                lead.industryCode, lead.chainRole.name(), lead.sourceChannel.name(), words(lead.sourceDetail),
                cny(lead.intendedInvestment), text(lead.landMu), text(lead.expectedJobs), cny(lead.expectedOutput),
                cny(lead.expectedTax), text(lead.targetParkId), lead.status.name(), words(lead.lostReason),
                lead.pool().name(), text(lead.ownerTeam), text(lead.protectedUntil), text(lead.reportedTeam),
                overdueTimers.stream().map(due -> due.timer().name()).collect(Collectors.joining(" ")),
                text(lead.createdAt), words(lead.createdBy), lead.id.toString());
    }

    /**
     * A text someone typed, made inert for spreadsheets: a cell starting with {@code = + - @}, a tab
     * or a carriage return is a formula to Excel and WPS (CSV injection, OWASP), so it gets a leading
     * apostrophe, which they show as text and hide. Only these free texts: codes, enums, amounts and
     * times are the service's own and never start so. An exported title "=1+1" imported again keeps
     * the apostrophe (said in the OpenAPI description of the export).
     */
    static String words(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String cny(Money money) {
        return money == null ? "" : money.inCny().toPlainString();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    /** What the export shows of a lead's company: its name and USCC (null for a foreign company). */
    public record LeadCompany(String name, String uscc) {

        static final LeadCompany UNKNOWN = new LeadCompany(null, null);

        /** The import's {@code company} cell: the USCC, or the company's id when it has none. */
        String reference(UUID companyId) {
            return uscc != null ? uscc : companyId.toString();
        }
    }
}
