// Creates and lists Kafka topics with kafka-clients' Admin API, run with the Java source launcher
// (no kafka-tools jars or compile step needed):
//   java -cp ".local/kafka/libs/*" deploy/local/kafka/Topics.java BOOTSTRAP create PARTITIONS TOPIC...
//   java -cp ".local/kafka/libs/*" deploy/local/kafka/Topics.java BOOTSTRAP list
// "create" is idempotent: existing topics are reported and left as they are.
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

public class Topics {
    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !(args[1].equals("list") || (args[1].equals("create") && args.length >= 4))) {
            System.err.println("usage: Topics BOOTSTRAP create PARTITIONS TOPIC... | Topics BOOTSTRAP list");
            System.exit(2);
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "60000");
        try (Admin admin = Admin.create(props)) {
            if (args[1].equals("create")) {
                create(admin, Integer.parseInt(args[2]), List.of(args).subList(3, args.length));
            } else {
                list(admin);
            }
        }
    }

    private static void create(Admin admin, int partitions, List<String> names) throws InterruptedException {
        // Single-broker local cluster: replication factor 1.
        List<NewTopic> topics = names.stream().map(n -> new NewTopic(n, partitions, (short) 1)).toList();
        boolean failed = false;
        Map<String, KafkaFuture<Void>> results = admin.createTopics(topics).values();
        for (String name : names) {
            try {
                results.get(name).get();
                System.out.println("created " + name + " (" + partitions + " partitions)");
            } catch (ExecutionException ex) {
                if (ex.getCause() instanceof TopicExistsException) {
                    System.out.println("exists  " + name);
                } else {
                    System.err.println("failed  " + name + ": " + ex.getCause());
                    failed = true;
                }
            }
        }
        if (failed) {
            System.exit(1);
        }
    }

    private static void list(Admin admin) throws ExecutionException, InterruptedException {
        var names = admin.listTopics().names().get();
        Map<String, TopicDescription> described = new TreeMap<>(admin.describeTopics(names).allTopicNames().get());
        described.forEach((name, d) -> System.out.println(name + "\tpartitions=" + d.partitions().size()));
    }
}
