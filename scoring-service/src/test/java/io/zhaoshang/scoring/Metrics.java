package io.zhaoshang.scoring;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one counter or gauge from the Prometheus text at /q/metrics. */
public final class Metrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private Metrics() {
    }

    /** The sum of the samples of {@code name} whose labels include {@code labels}; 0 when there is none. */
    public static double value(String name, Map<String, String> labels) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return Arrays.stream(text.split("\n"))
                .map(SAMPLE::matcher)
                .filter(Matcher::matches)
                .filter(sample -> sample.group(1).equals(name) && hasLabels(sample.group(3), labels))
                .mapToDouble(sample -> Double.parseDouble(sample.group(4)))
                .sum();
    }

    private static boolean hasLabels(String text, Map<String, String> wanted) {
        Matcher label = LABEL.matcher(text == null ? "" : text);
        long found = 0;
        while (label.find()) {
            if (label.group(2).equals(wanted.get(label.group(1)))) {
                found++;
            }
        }
        return found == wanted.size();
    }
}
