package io.zhaoshang.e2e.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a drill's figures into docs/reliability.md: one block per drill between markers, replaced on
 * the next run of that drill; a drill without a block yet gets one at the end of the "Faults" section
 * (taking the place of the {@code FAULTS} placeholder, if it is still there).
 */
final class ReliabilityDoc {

    private static final String SECTION = "## Faults";
    private static final String PLACEHOLDER = "FAULTS";

    private ReliabilityDoc() {
    }

    static void write(Path doc, FaultDrills.Report report) throws IOException {
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        Files.writeString(doc, place(text, report.drill, block(report)), StandardCharsets.UTF_8);
        System.out.println("   figures written to " + doc);
    }

    static String place(String text, String drill, String block) {
        String begin = "<!-- fault-drill:" + drill + " -->";
        String end = "<!-- /fault-drill:" + drill + " -->";
        String marked = begin + "\n" + block + end + "\n";
        int from = text.indexOf(begin);
        if (from >= 0) {
            int to = text.indexOf(end, from);
            if (to < 0) {
                throw new IllegalStateException("docs/reliability.md has " + begin + " without " + end);
            }
            int after = to + end.length();
            if (after < text.length() && text.charAt(after) == '\n') {
                after++;
            }
            return text.substring(0, from) + marked + text.substring(after);
        }
        int placeholder = text.indexOf("\n" + PLACEHOLDER + "\n");
        if (placeholder >= 0) {
            return text.substring(0, placeholder + 1) + marked + text.substring(placeholder + PLACEHOLDER.length() + 2);
        }
        int section = text.indexOf(SECTION);
        if (section < 0) {
            return text + (text.endsWith("\n") ? "\n" : "\n\n") + SECTION + "\n" + marked;
        }
        int next = text.indexOf("\n## ", section + SECTION.length());
        int at = next < 0 ? text.length() : next + 1;
        String before = text.substring(0, at);
        return before + (before.endsWith("\n\n") || before.endsWith(SECTION + "\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n")
                + marked + (next < 0 ? "" : "\n") + text.substring(at);
    }

    static String block(FaultDrills.Report report) {
        StringBuilder md = new StringBuilder("### " + report.drill + " — " + (report.passed() ? "PASS" : "FAIL") + "\n");
        md.append("`./fault-drills ").append(report.drill).append(report.options).append("`\n\n");
        report.figures.forEach((name, value) -> md.append("- ").append(name).append(": ").append(value).append('\n'));
        md.append("\n| invariant | result | found |\n|---|---|---|\n");
        for (FaultDrills.Check check : report.checks) {
            md.append("| ").append(cell(check.name())).append(" | ").append(check.pass() ? "PASS" : "**FAIL**").append(" | ")
                    .append(cell(check.found())).append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
