package dev.meridian.webhook.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The npm {@code standardwebhooks} reference verifier (1.1.1), run with node over a delivery as the receiver got it.
 * deploy/local/test.sh installs it into {@code $STATE_DIR/tools}; a missing node or package fails the test (it must
 * not pass without the reference having looked at our deliveries).
 */
public final class ReferenceVerifier {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRIPT = """
            const { Webhook } = require(process.argv[2]);
            let input = '';
            process.stdin.on('data', d => input += d);
            process.stdin.on('end', () => {
              const { secret, headers, body } = JSON.parse(input);
              try {
                new Webhook(secret).verify(body, headers);
                console.log('verified');
              } catch (e) {
                console.log('rejected: ' + e.message);
              }
            });
            """;

    private ReferenceVerifier() {
    }

    /** "verified", or "rejected: <the library's reason>". */
    public static String verify(String secret, Map<String, String> headers, String body) {
        Path module = module();
        try {
            Path script = Files.createTempFile("standardwebhooks-verify", ".js");
            Files.writeString(script, SCRIPT);
            Process node = new ProcessBuilder("node", script.toString(), module.toString()).redirectErrorStream(true)
                    .start();
            node.getOutputStream().write(JSON.writeValueAsBytes(Map.of("secret", secret, "headers", headers,
                    "body", body)));
            node.getOutputStream().close();
            if (!node.waitFor(30, TimeUnit.SECONDS)) {
                node.destroyForcibly();
                throw new AssertionError("node did not finish within 30 s");
            }
            String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            Files.deleteIfExists(script);
            if (node.exitValue() != 0) {
                throw new AssertionError("node failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("node is needed for the Standard Webhooks reference check (Node.js 18+): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** $MERIDIAN_STATE_DIR/tools (default: <repo>/.local/tools)/node_modules/standardwebhooks. */
    static Path module() {
        String state = System.getenv("MERIDIAN_STATE_DIR");
        Path stateDir = state == null || state.isBlank() ? repoRoot().resolve(".local") : Path.of(state);
        Path module = stateDir.resolve("tools/node_modules/standardwebhooks");
        if (!Files.isRegularFile(module.resolve("package.json"))) {
            throw new AssertionError("the standardwebhooks reference verifier is not installed at " + module
                    + "; deploy/local/test.sh installs it (npm install --prefix " + stateDir.resolve("tools")
                    + " standardwebhooks@1.1.1)");
        }
        return module;
    }

    private static Path repoRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy").resolve("local"))) {
                return dir;
            }
        }
        throw new AssertionError("cannot find the repository root (a directory with deploy/local)");
    }
}
