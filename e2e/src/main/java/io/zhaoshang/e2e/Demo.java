package io.zhaoshang.e2e;

import io.zhaoshang.local.LocalKeys;
import io.zhaoshang.local.Tokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@code ./demo}: plays the story against a running {@code ./run-local}, in a zone of its own, and
 * prints each step. Tokens are signed with the stack's own key (its data directory's keys/).
 */
public final class Demo {

    static final String USAGE = """
            Usage: ./demo [--parks=URL] [--leads=URL] [--projects=URL] [--scoring=URL] [--data-dir=DIR]

            Plays the whole Zhaoshang story against a running ./run-local (start it first, in another
            terminal): a park and its parcel, three teams, a lead and a collision shared 70/30,
            follow-ups, conversion, the project signed, approved with land, its milestones, construction,
            capital, production, and the month's ranking with every point explained. It works in a new
            zone (DEMO-xxxxxx) and leaves the Jining example alone.
            Defaults: http://localhost:8081..8084 and <repo>/.local-data (the run-local defaults).
            """;

    private Demo() {
    }

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>(Map.of("parks", "http://localhost:8081",
                "leads", "http://localhost:8082", "projects", "http://localhost:8083",
                "scoring", "http://localhost:8084", "data-dir", ".local-data"));
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = arg.startsWith("--") && eq > 2 ? arg.substring(2, eq) : null;
            if (name == null || !options.containsKey(name)) {
                System.out.print(arg.equals("--help") || arg.equals("-h") ? USAGE : "demo: unknown option " + arg + "\n" + USAGE);
                System.exit(arg.equals("--help") || arg.equals("-h") ? 0 : 2);
            }
            options.put(name, arg.substring(eq + 1));
        }
        Path keys = Path.of(options.get("data-dir"), "keys");
        if (!Files.isRegularFile(keys.resolve(LocalKeys.PRIVATE_PEM))) {
            System.err.println("demo: no " + keys.resolve(LocalKeys.PRIVATE_PEM) + "; start ./run-local first (or give --data-dir)");
            System.exit(1);
        }
        String zone = "DEMO-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Story story = new Story(new Story.Services(options.get("parks"), options.get("leads"),
                options.get("projects"), options.get("scoring")),
                new Tokens(LocalKeys.loadOrCreate(keys), Duration.ofHours(1)), zone, System.out::println);
        System.out.println("招商全流程演示 / the whole story, zone " + zone + "\n");
        try {
            Story.Outcome outcome = story.play();
            System.out.println("\n完成 / done: project " + outcome.projectCode() + ", ranking of " + outcome.monthKey()
                    + " (live). The month closes, and its last team is warned, once the month has ended;"
                    + " WholeStoryTest shows that part with scoring's clock moved past the month's end.");
        } catch (StoryFailure failure) {
            System.err.println("\ndemo: a step did not do what it should: " + failure.getMessage());
            System.exit(1);
        }
    }
}
