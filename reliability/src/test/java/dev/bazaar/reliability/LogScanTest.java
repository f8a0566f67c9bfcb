package dev.bazaar.reliability;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Last: no log line of any process of this suite's shop, nor of e2e's shop when its logs are there
 * (e2e/target/shop-logs, written earlier in the same build), holds a password, a service secret or
 * a token. The suite signed up, logged in, refreshed, failed logins and sent generated garbage by then.
 */
@Order(100)
class LogScanTest {

    @Test
    void noLogLineHoldsAPasswordASecretOrAToken() throws Exception {
        ReliabilityShop shop = ReliabilityShop.asItIs();
        Set<String> secrets = new LinkedHashSet<>(shop.serviceSecrets.values());
        secrets.add(shop.adminPassword);
        secrets.add(Bff.PASSWORD);
        secrets.add("correct horse battery"); // e2e's test password
        List<Path> files = new ArrayList<>(shop.logFiles());
        Path e2eLogs = Path.of("..", "e2e", "target", "shop-logs");
        if (Files.isDirectory(e2eLogs)) {
            try (Stream<Path> e2e = Files.list(e2eLogs)) {
                e2e.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        List<String> leaks = new ArrayList<>();
        long lines = 0;
        for (Path file : files) {
            try (Stream<String> content = Files.lines(file, StandardCharsets.ISO_8859_1)) {
                long[] n = {0};
                for (String line : (Iterable<String>) content::iterator) {
                    n[0]++;
                    String leak = LogSecrets.leakIn(line, secrets);
                    if (leak != null && leaks.size() < 20) {
                        leaks.add(file.getFileName() + ":" + n[0] + " holds " + leak + ": "
                                + AuthorizationMatrixTest.abbreviate(line));
                    }
                }
                lines += n[0];
            }
        }
        Summary.note("%-12s %s  %d log lines of %d files scanned for %d secrets/passwords and %d issued tokens, %d leaks",
                "log-secrets", leaks.isEmpty() ? "HELD  " : "BROKEN", lines, files.size(), secrets.size(),
                LogSecrets.remembered(), leaks.size());
        assertThat(leaks).as("log lines that leak").isEmpty();
    }
}
