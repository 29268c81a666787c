package dev.meridian.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real single-node Kafka broker (KRaft) running as its own process, from the jars that
 * {@code deploy/local/kafka.sh fetch} puts in {@code .local/kafka/libs}. Each instance has its own ports and
 * data directory, and can be stopped and started again on the same ports with its data intact, which is
 * what "Kafka is down, then comes back" tests need.
 */
public final class KafkaBroker implements AutoCloseable {

    private final int port;
    private final int controllerPort;
    private final Path dir;
    private Process process;

    private KafkaBroker(int port, int controllerPort, Path dir) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.dir = dir;
    }

    /** Reserves ports and a data directory and formats the storage, without starting the broker. */
    public static KafkaBroker prepare() {
        try {
            KafkaBroker broker = new KafkaBroker(freePort(), freePort(), Files.createTempDirectory("meridian-kafka-"));
            broker.writeConfig();
            broker.runTool(List.of("kafka.tools.StorageTool", "format", "--standalone", "-t",
                    UUID.randomUUID().toString().replace("-", "").substring(0, 22), "-c", broker.config().toString()));
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static KafkaBroker startNew() {
        KafkaBroker broker = prepare();
        broker.start();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            process = new ProcessBuilder(javaCommand("kafka.Kafka", config().toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("broker.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(Duration.ofSeconds(60));
    }

    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited; see " + dir.resolve("broker.log"));
            }
            if (accepts(port)) {
                try (Admin admin = Admin.create(props)) {
                    admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    // broker socket open but not serving metadata yet
                }
            }
            sleep(200);
        }
        throw new IllegalStateException("Kafka did not become ready in " + timeout + "; see " + dir.resolve("broker.log"));
    }

    private void writeConfig() throws IOException {
        String props = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "min.insync.replicas=1",
                "default.replication.factor=1",
                "auto.create.topics.enable=true",
                "group.initial.rebalance.delay.ms=0",
                "") ;
        Files.writeString(config(), props);
    }

    private Path config() {
        return dir.resolve("server.properties");
    }

    private void runTool(List<String> mainAndArgs) {
        try {
            Process tool = new ProcessBuilder(javaCommand(mainAndArgs.toArray(String[]::new)))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("tool.log").toFile()))
                    .start();
            if (!tool.waitFor(60, TimeUnit.SECONDS) || tool.exitValue() != 0) {
                throw new IllegalStateException("Kafka tool " + mainAndArgs.getFirst() + " failed; see "
                        + dir.resolve("tool.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> javaCommand(String... mainAndArgs) {
        Path libs = KafkaLibs.ensure();
        Path log4j = RepoRoot.find().resolve("deploy/local/kafka/log4j2.properties");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-Xshare:auto"));
        if (Files.exists(log4j)) {
            command.add("-Dlog4j2.configurationFile=" + log4j);
        }
        command.addAll(List.of("-cp", libs + "/*"));
        command.addAll(List.of(mainAndArgs));
        return command;
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
