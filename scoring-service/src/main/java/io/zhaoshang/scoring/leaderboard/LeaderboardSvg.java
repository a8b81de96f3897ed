package io.zhaoshang.scoring.leaderboard;

import java.math.BigDecimal;
import java.util.Comparator;

/** A horizontal bar chart of a leaderboard, for people who would rather look: one bar per team, in rank order. */
public final class LeaderboardSvg {

    private static final int ROW = 28;
    private static final int LABEL = 220;
    private static final int BAR = 400;

    private LeaderboardSvg() {
    }

    public static String render(Leaderboard board) {
        BigDecimal widest = board.rows().stream().map(row -> row.points().abs()).max(Comparator.naturalOrder())
                .filter(max -> max.signum() > 0).orElse(BigDecimal.ONE);
        int height = 40 + ROW * board.rows().size();
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(LABEL + BAR + 80)
                .append("\" height=\"").append(height).append("\" font-family=\"sans-serif\" font-size=\"14\">\n")
                .append("<title>").append(escape("龙虎榜 " + board.kind() + " " + board.key())).append("</title>\n")
                .append("<text x=\"8\" y=\"22\" font-weight=\"bold\">")
                .append(escape("龙虎榜 " + board.kind() + " " + board.key() + (board.frozenAt() == null ? "" : " (已关账)")))
                .append("</text>\n");
        int y = 40;
        for (LeaderboardRow row : board.rows()) {
            int width = row.points().abs().multiply(BigDecimal.valueOf(BAR)).divide(widest, 0, java.math.RoundingMode.HALF_UP)
                    .intValue();
            svg.append("<text x=\"8\" y=\"").append(y + 18).append("\">")
                    .append(escape(row.rank() + ". " + row.teamName() + " (" + row.teamCode() + ")")).append("</text>\n")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"").append(width)
                    .append("\" height=\"").append(ROW - 8).append("\" fill=\"")
                    .append(row.points().signum() < 0 ? "#c0392b" : row.lastPlace() ? "#e67e22" : "#2e86c1").append("\"/>\n")
                    .append("<text x=\"").append(LABEL + width + 6).append("\" y=\"").append(y + 18).append("\">")
                    .append(escape(row.points().toPlainString())).append("</text>\n");
            y += ROW;
        }
        return svg.append("</svg>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
