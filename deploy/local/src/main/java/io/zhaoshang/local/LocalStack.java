package io.zhaoshang.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code ./run-local}: real PostgreSQL and Kafka, the topics, a JWT key pair, then the four
 * services as child processes; Ctrl-C stops the services, then Kafka, then PostgreSQL.
 */
public final class LocalStack {

    public static final List<String> SERVICES = List.of("parks", "leads", "projects", "scoring");

    private static final Set<String> DATA_SUBDIRS = Set.of("postgres", "kafka", "keys", "logs");
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration TOKEN_LIFETIME = Duration.ofDays(30);

    /** Every service's topic and its dead-letter topic. */
    public static String[] allTopics() {
        return SERVICES.stream().flatMap(s -> Stream.of(topic(s), topic(s) + ".dlq")).toArray(String[]::new);
    }

    public static String topic(String service) {
        return "zhaoshang." + service + ".v1";
    }

    /** Command line and environment, flags winning over ZS_* variables winning over defaults. */
    record Options(Path repo, Path dataDir, Map<String, Integer> ports, boolean clean, boolean infraOnly,
                   boolean seed, boolean help, Duration readyTimeout, boolean otel) {

        // option name (--<name>=, ZS_<NAME>) -> default port; the order is the order of the checks
        static final Map<String, Integer> DEFAULT_PORTS = new LinkedHashMap<>();
        static final Map<String, String> PORT_PURPOSE = new HashMap<>();

        static {
            int http = 8081;
            for (String s : SERVICES) {
                DEFAULT_PORTS.put(s + "-port", http++);
                PORT_PURPOSE.put(s + "-port", s + " service HTTP");
            }
            DEFAULT_PORTS.put("pg-port", 15432);
            PORT_PURPOSE.put("pg-port", "PostgreSQL");
            DEFAULT_PORTS.put("kafka-port", 19092);
            PORT_PURPOSE.put("kafka-port", "Kafka clients");
            DEFAULT_PORTS.put("kafka-controller-port", 19093);
            PORT_PURPOSE.put("kafka-controller-port", "Kafka KRaft controller");
        }

        static Options parse(String[] args, Map<String, String> env, Path repo) {
            Map<String, String> flags = new HashMap<>();
            boolean clean = false, infraOnly = false, seed = true, help = false, otel = false;
            for (String arg : args) {
                switch (arg) {
                    case "--clean" -> clean = true;
                    case "--infra-only" -> infraOnly = true;
                    case "--no-seed" -> seed = false;
                    case "--otel" -> otel = true;
                    case "--no-build" -> { } // handled by the run-local script
                    case "--help", "-h" -> help = true;
                    default -> {
                        int eq = arg.indexOf('=');
                        String name = eq > 2 && arg.startsWith("--") ? arg.substring(2, eq) : null;
                        if (name == null || !(DEFAULT_PORTS.containsKey(name) || name.equals("data-dir") || name.equals("ready-timeout"))) {
                            throw new IllegalArgumentException("unknown option " + arg + " (see ./run-local --help)");
                        }
                        flags.put(name, arg.substring(eq + 1));
                    }
                }
            }
            Map<String, Integer> ports = new LinkedHashMap<>();
            DEFAULT_PORTS.forEach((name, port) -> ports.put(name, intOption(name, flags, env, port)));
            String data = value("data-dir", flags, env);
            Path dataDir = data != null ? Path.of(data).toAbsolutePath() : repo.resolve(".local-data");
            Duration readyTimeout = Duration.ofSeconds(intOption("ready-timeout", flags, env, 180));
            otel |= Set.of("true", "1", "yes").contains(env.getOrDefault("ZS_OTEL", "").trim().toLowerCase());
            return new Options(repo, dataDir, ports, clean, infraOnly, seed, help, readyTimeout, otel);
        }

        private static String value(String name, Map<String, String> flags, Map<String, String> env) {
            return flags.getOrDefault(name, env.get("ZS_" + name.toUpperCase().replace('-', '_')));
        }

        private static int intOption(String name, Map<String, String> flags, Map<String, String> env, int dflt) {
            String v = value(name, flags, env);
            try {
                return v == null ? dflt : Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " must be a number, got " + v);
            }
        }

        int port(String name) {
            return ports.get(name);
        }

        /** Ports that are taken or given twice, as messages naming the port and its purpose. */
        List<String> portProblems() {
            List<String> problems = new ArrayList<>();
            Map<Integer, String> seen = new HashMap<>();
            ports.forEach((name, port) -> {
                if (infraOnly && SERVICES.contains(name.replace("-port", ""))) {
                    return; // no services, their ports don't matter
                }
                String purpose = PORT_PURPOSE.get(name);
                String other = seen.putIfAbsent(port, purpose);
                if (other != null) {
                    problems.add("port " + port + " is configured for both " + other + " and " + purpose);
                } else if (!Files2.isPortFree(port)) {
                    problems.add("port " + port + " (" + purpose + ") is already in use; free it or choose another with --"
                            + name + "=PORT or ZS_" + name.toUpperCase().replace('-', '_')
                            + " (a previous ./run-local may still be running)");
                }
            });
            return problems;
        }
    }

    static final String USAGE = """
            Usage: ./run-local [options]

            Starts PostgreSQL, Kafka and the four Zhaoshang services (parks, leads, projects, scoring)
            on this machine, prints their URLs and a ready JWT per role, and stops everything on Ctrl-C.
            Builds what is missing first (./mvnw -B -q install -DskipTests).

            Options (each also as an environment variable, e.g. ZS_PARKS_PORT=9081):
              --parks-port=PORT             parks service HTTP port (default 8081)
              --leads-port=PORT             leads service HTTP port (default 8082)
              --projects-port=PORT          projects service HTTP port (default 8083)
              --scoring-port=PORT           scoring service HTTP port (default 8084)
              --pg-port=PORT                PostgreSQL port (default 15432)
              --kafka-port=PORT             Kafka client port (default 19092)
              --kafka-controller-port=PORT  Kafka KRaft controller port (default 19093)
              --data-dir=DIR                where PostgreSQL, Kafka, the keys and the logs live
                                            (default <repo>/.local-data, kept between runs)
              --ready-timeout=SECONDS       how long each service may take to become ready (default 180)
              --clean                       delete the data directory first (start empty)
              --no-build                    don't check for and build missing artifacts
              --infra-only                  infrastructure only: PostgreSQL, Kafka, topics and tokens, no services
              --otel                        attach the OpenTelemetry Java agent to the services (also
                                            ZS_OTEL=true): traces over HTTP, JDBC and Kafka, trace ids in
                                            the logs; the agent reads the OTEL_* variables of this shell
                                            (default: OTLP to localhost:4318; OTEL_TRACES_EXPORTER=logging-otlp
                                            writes the spans into the services' logs instead)
              --no-seed                     don't load the Jining example (zone JN-HTZ: its parks, parcels
                                            and carriers, and each service's example data) into empty databases
              --help                        this text
            """;

    private final Options options;
    private final Map<String, Map<String, String>> serviceEnv;
    private final List<Service> services = new ArrayList<>();
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private LocalKeys keys;
    private Tokens tokens;
    // services the fault drills killed on purpose: their exit is no news
    private final Set<Process> killed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private boolean stopped;
    private volatile boolean stopRequested;
    private volatile boolean ready;

    /** A running service process: {@code name} is the service's, or {@code <service>-<n>} for a further replica. */
    private record Service(String name, String service, int port, Map<String, String> env, Process process, Path log,
            Instant launched) {
        String baseUrl() {
            return "http://127.0.0.1:" + port;
        }
    }

    LocalStack(Options options) {
        this(options, Map.of());
    }

    private LocalStack(Options options, Map<String, Map<String, String>> serviceEnv) {
        this.options = options;
        this.serviceEnv = serviceEnv;
    }

    /**
     * The whole stack for an end-to-end test, started and ready: ports the system picks, its own empty
     * data directory, no seed. {@code serviceEnv} adds environment variables per service name (for
     * instance a service's clock offset). {@link #stop()} stops it.
     */
    public static LocalStack startForTest(Path repo, Path dataDir, Map<String, Map<String, String>> serviceEnv)
            throws IOException, InterruptedException {
        return startForTest(repo, dataDir, serviceEnv, false);
    }

    /**
     * As {@link #startForTest(Path, Path, Map)}; with {@code otel} the services run with the OpenTelemetry
     * Java agent, configured by the OTEL_* variables in {@code serviceEnv} (and this JVM's environment).
     */
    public static LocalStack startForTest(Path repo, Path dataDir, Map<String, Map<String, String>> serviceEnv,
            boolean otel) throws IOException, InterruptedException {
        Map<String, Integer> ports = new LinkedHashMap<>();
        Options.DEFAULT_PORTS.keySet().forEach(name -> ports.put(name, Files2.freePort()));
        // a busy machine starts four JVMs slowly; with the agent, which instruments every class they load, more so
        Options options = new Options(repo.toAbsolutePath(), dataDir.toAbsolutePath(), ports, true, false, false,
                false, Duration.ofSeconds(otel ? 600 : 300), otel);
        LocalStack stack = new LocalStack(options, serviceEnv);
        // a test JVM ended by a signal must not leave the servers running (stop() is safe twice)
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "e2e-stack-stop"));
        try {
            stack.start();
        } catch (IOException | InterruptedException | RuntimeException e) {
            stack.stop();
            throw e;
        }
        return stack;
    }

    /** {@code http://127.0.0.1:<port>} of a started service. */
    public String baseUrl(String service) {
        return service(service).baseUrl();
    }

    /** Signs tokens with the key pair the services trust. */
    public Tokens tokens() {
        return tokens;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** JDBC URL, user and password of a service's database, to check rows. */
    public String jdbcUrl(String service) {
        return postgres.jdbcUrl(service);
    }

    public String dbUser() {
        return postgres.username();
    }

    public String dbPassword() {
        return postgres.password();
    }

    public static void main(String[] args) throws Exception {
        // the launcher's slf4j binding is slf4j-simple: broker and PostgreSQL chatter stays out of the console
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        System.setProperty("org.slf4j.simpleLogger.log.kafka", "error");
        Options options;
        try {
            options = Options.parse(args, System.getenv(),
                    Path.of(System.getProperty("zhaoshang.repo", System.getProperty("user.dir"))).toAbsolutePath());
        } catch (IllegalArgumentException e) {
            System.err.println("run-local: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(USAGE);
            return;
        }
        LocalStack stack = new LocalStack(options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.stopRequested = true; // before stop() waits for a start step to finish
            stack.stop();
        }, "run-local-stop"));
        try {
            stack.start();
        } catch (Throwable e) {
            if (e instanceof IllegalStateException || stack.isStopped()) {
                // our own message, or whatever broke because Ctrl-C came in the middle of a start
                System.err.println("run-local: " + (stack.isStopped() ? "interrupted while starting" : e.getMessage()));
            } else {
                e.printStackTrace();
            }
            System.exit(1); // runs the hook: whatever did start is stopped
        }
        new CountDownLatch(1).await(); // until Ctrl-C / SIGTERM, handled by the hook
    }

    void start() throws IOException, InterruptedException {
        List<String> missing = options.infraOnly() ? List.of()
                : SERVICES.stream().filter(s -> !Files.isRegularFile(jar(s))).map(s -> options.repo().relativize(jar(s)).toString()).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("missing " + missing + "; build with ./mvnw -B install -DskipTests (or run without --no-build)");
        }
        if (options.otel() && !options.infraOnly() && !Files.isRegularFile(otelAgent())) {
            throw new IllegalStateException("missing " + options.repo().relativize(otelAgent())
                    + " for --otel / ZS_OTEL; build with ./mvnw -B package -DskipTests -pl deploy/local");
        }
        List<String> problems = new ArrayList<>(options.portProblems());
        orphanedPostgres().ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\nrun-local: ", problems));
        }
        Path data = options.dataDir();
        if (options.clean()) {
            clean(data);
        }
        for (String sub : DATA_SUBDIRS) {
            Files.createDirectories(data.resolve(sub));
        }

        System.out.println("starting PostgreSQL on port " + options.port("pg-port") + " ...");
        // each start holds the lock, so a Ctrl-C meanwhile stops what is started only after it is up
        synchronized (this) {
            checkNotStopped();
            postgres = new LocalPostgres().start(options.port("pg-port"), data.resolve("postgres"));
        }
        SERVICES.forEach(postgres::createDatabaseIfMissing);

        System.out.println("starting Kafka on port " + options.port("kafka-port") + " ...");
        synchronized (this) {
            checkNotStopped();
            kafka = new LocalKafka(options.port("kafka-port"), options.port("kafka-controller-port"), data.resolve("kafka")).start();
        }
        kafka.createTopics(allTopics());

        keys = LocalKeys.loadOrCreate(data.resolve("keys"));
        tokens = new Tokens(keys, TOKEN_LIFETIME);

        if (!options.infraOnly()) {
            for (String s : SERVICES) {
                synchronized (this) {
                    checkNotStopped();
                    services.add(launch(s, s, options.port(s + "-port"), Map.of(), false));
                }
            }
            for (Service s : services) {
                awaitReady(s);
            }
        }
        printSummary(tokens);
        ready = true;
    }

    /** The OpenTelemetry Java agent, copied by deploy/local's build (the version of the root pom). */
    private Path otelAgent() {
        return options.repo().resolve("deploy/local/target/otel/opentelemetry-javaagent.jar");
    }

    /** The JVM options every service runs with, one per line (a java launcher argument file). */
    private Path jvmArgs() {
        return options.repo().resolve("deploy/local/service-jvm.args");
    }

    private Path jar(String service) {
        return options.repo().resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
    }

    private Service launch(String service, String name, int port, Map<String, String> extraEnv, boolean again)
            throws IOException {
        Path log = options.dataDir().resolve("logs/" + name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        if (options.otel()) {
            command.add("-javaagent:" + otelAgent());
        }
        // the heap and GC of a service (service-jvm.args; the benchmark starts its services and the
        // minimal app with the same file)
        command.add("@" + jvmArgs());
        // the AppCDS archive the build writes next to the jar (root pom): JDK 17 maps it only when the
        // jar is named as it was when the archive was dumped, i.e. relative, from its own directory
        Path app = jar(service).getParent();
        if (Files.isRegularFile(app.resolve("app-cds.jsa"))) {
            command.add("-XX:SharedArchiveFile=app-cds.jsa");
        }
        command.addAll(List.of("-jar", jar(service).getFileName().toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(app.toFile())
                .redirectErrorStream(true)
                // a restart keeps the log of the run it follows
                .redirectOutput(again ? ProcessBuilder.Redirect.appendTo(log.toFile()) : ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> env = pb.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service));
        env.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyPath().toString());
        env.put("MP_JWT_VERIFY_ISSUER", Tokens.ISSUER);
        // each service's seed loads only into an empty database, so a restart keeps what was changed
        env.put("ZHAOSHANG_SEED_JINING", String.valueOf(options.seed()));
        if (options.otel()) {
            // as in Kubernetes: traces only (metrics are Prometheus', logs go to the log file), W3C traceparent
            env.put("OTEL_SERVICE_NAME", service + "-service");
            env.putIfAbsent("OTEL_METRICS_EXPORTER", "none");
            env.putIfAbsent("OTEL_LOGS_EXPORTER", "none");
            env.putIfAbsent("OTEL_PROPAGATORS", "tracecontext");
        }
        env.putAll(serviceEnv.getOrDefault(service, Map.of()));
        env.putAll(extraEnv);
        System.out.println("starting " + name + " service on port " + port + " (log: " + log + ") ...");
        Service started = new Service(name, service, port, extraEnv, pb.start(), log, Instant.now());
        started.process().onExit().thenAccept(p -> {
            if (ready && !isStopped() && !killed.contains(p)) { // before that, awaitReady reports it with the log's tail
                System.err.println("run-local: " + name + " service exited with code " + p.exitValue() + "; see " + log);
            }
        });
        return started;
    }

    private void awaitReady(Service s) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(s.baseUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = s.launched().plus(options.readyTimeout());
        while (true) {
            checkNotStopped();
            if (!s.process().isAlive()) {
                throw new IllegalStateException(s.name() + " service exited with code " + s.process().exitValue()
                        + " before it was ready; last lines of " + s.log() + ":\n" + tail(s.log()));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(s.name() + " service not ready at " + ready.uri() + " after "
                        + options.readyTimeout().toSeconds() + " s; last lines of " + s.log() + ":\n" + tail(s.log()));
            }
            Thread.sleep(500);
        }
    }

    // -- faults, for the fault drills (e2e's FaultDrills); ./run-local does not use them ----------------

    /** Stops the Kafka broker; topics, records and committed offsets stay in its log directory. */
    public void stopKafka() {
        kafka.stop();
    }

    /** Starts the broker again on the same ports and log directory. */
    public void startKafka() {
        kafka.start();
    }

    /** Stops PostgreSQL (fast shutdown: open sessions are cut); the data directory stays. */
    public void stopPostgres() {
        postgres.stop();
    }

    /** Starts PostgreSQL again on the same port and data directory. */
    public void startPostgres() {
        postgres.start();
    }

    /** Kills a service's process with SIGKILL (no shutdown hook, no graceful stop) and waits until it is gone. */
    public synchronized void killService(String name) throws InterruptedException {
        Service s = service(name);
        killed.add(s.process());
        s.process().destroyForcibly().waitFor();
    }

    /** Starts a (killed) service again with the same port and environment, and waits until it is ready. */
    public void restartService(String name) throws IOException, InterruptedException {
        Service again;
        synchronized (this) {
            Service old = service(name);
            if (old.process().isAlive()) {
                throw new IllegalStateException(name + " service still runs (pid " + old.process().pid() + ")");
            }
            again = launch(old.service(), name, old.port(), old.env(), true);
            services.set(services.indexOf(old), again);
        }
        awaitReady(again);
    }

    /**
     * Starts one more replica of a running service — same jar, database, Kafka and settings, its own
     * free port, plus {@code env} — and waits until it is ready. Returns its name, {@code <service>-<n>},
     * which {@link #baseUrl}, {@link #killService} and {@link #restartService} take. {@link #stop()}
     * stops it with the others.
     */
    public String startReplica(String service, Map<String, String> env) throws IOException, InterruptedException {
        Service replica;
        synchronized (this) {
            service(service);
            long others = services.stream().filter(s -> s.service().equals(service)).count();
            replica = launch(service, service + "-" + (others + 1), Files2.freePort(), env, false);
            services.add(replica);
        }
        awaitReady(replica);
        return replica.name();
    }

    /** The operating system's process id of a service, to tell a restarted service from the same one. */
    public long pid(String name) {
        return service(name).process().pid();
    }

    /** Whether {@code /q/health/ready} of a service answers 200 now. */
    public boolean isReady(String name) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(service(name).baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(10)).build();
        try {
            return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListening) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized Service service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    private void printSummary(Tokens tokens) {
        StringBuilder out = new StringBuilder("\n");
        for (Service s : services) {
            out.append(String.format("%-9s %s   Swagger UI: %s/q/swagger-ui%n", s.name(), s.baseUrl(), s.baseUrl()));
        }
        out.append(String.format("%-9s %s%n", "kafka", kafka.bootstrapServers()));
        out.append(String.format("%-9s %s (user %s, databases %s)%n", "postgres",
                postgres.jdbcUrl("<db>"), postgres.username(), String.join(", ", SERVICES)));
        out.append(String.format("%-9s %s%n", "data", options.dataDir()));
        out.append("\nBearer tokens (issuer ").append(Tokens.ISSUER).append(", zone ").append(Tokens.DEFAULT_ZONE)
                .append(", valid ").append(TOKEN_LIFETIME.toDays()).append(" days):\n");
        for (String role : Tokens.ROLES) {
            out.append(role).append(": ").append(tokens.forRole(role)).append('\n');
        }
        out.append('\n').append(options.infraOnly()
                ? "infrastructure ready (no services started); Ctrl-C stops it"
                : "all four services ready");
        System.out.println(out);
    }

    private boolean isStopped() {
        return stopRequested || stopped;
    }

    private void checkNotStopped() {
        if (isStopped()) {
            throw new IllegalStateException("interrupted while starting");
        }
    }

    /** Services (SIGTERM, up to 20 s, then SIGKILL), then Kafka, then PostgreSQL. Safe to call twice. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        boolean anything = !services.isEmpty() || kafka != null || postgres != null;
        if (anything) {
            System.out.println("stopping ...");
        }
        services.forEach(s -> s.process().destroy());
        Instant deadline = Instant.now().plus(STOP_GRACE);
        for (Service s : services) {
            try {
                long left = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
                if (!s.process().waitFor(left, TimeUnit.MILLISECONDS)) {
                    System.err.println("run-local: " + s.name() + " service ignored SIGTERM for " + STOP_GRACE.toSeconds() + " s, killing it");
                    s.process().descendants().forEach(ProcessHandle::destroyForcibly);
                    s.process().destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // each step on its own: a failure must not leave the next server running
        try {
            if (kafka != null) {
                kafka.stop();
            }
        } catch (RuntimeException e) {
            System.err.println("run-local: stopping Kafka: " + e);
        }
        try {
            if (postgres != null) {
                postgres.stop();
            }
        } catch (RuntimeException e) {
            System.err.println("run-local: stopping PostgreSQL: " + e);
        }
        if (anything) {
            System.out.println("stopped");
        }
    }

    // a launcher killed with SIGKILL leaves PostgreSQL running on the data directory: say which process
    private Optional<String> orphanedPostgres() {
        Path pidFile = options.dataDir().resolve("postgres/postmaster.pid");
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            // a stale pid file may name a recycled pid: only a live postgres counts
            return ProcessHandle.of(pid).filter(p -> p.isAlive() && p.info().command().orElse("").endsWith("postgres"))
                    .map(p -> "PostgreSQL of an earlier run still runs on "
                    + options.dataDir().resolve("postgres") + " (pid " + pid + "); stop it with: kill " + pid);
        } catch (IOException | RuntimeException noPidFile) {
            return Optional.empty();
        }
    }

    // refuse to wipe a directory the stack did not make (a mistyped --data-dir=$HOME, say)
    private static void clean(Path data) throws IOException {
        if (!Files.exists(data)) {
            return;
        }
        try (Stream<Path> entries = Files.list(data)) {
            List<String> foreign = entries.map(p -> p.getFileName().toString()).filter(n -> !DATA_SUBDIRS.contains(n)).toList();
            if (!foreign.isEmpty()) {
                throw new IllegalStateException("refusing to --clean " + data + ": it holds " + foreign
                        + ", which the local stack did not make");
            }
        }
        System.out.println("deleting " + data);
        Files2.deleteRecursively(data);
    }

    private static String tail(Path log) {
        try {
            // lenient decoding: a log is allowed to contain anything
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }
}
