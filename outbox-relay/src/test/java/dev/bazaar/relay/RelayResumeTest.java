package dev.bazaar.relay;

import dev.bazaar.relay.support.OutboxDatabase;
import dev.bazaar.relay.support.OutboxDatabase.OutboxRow;
import dev.bazaar.relay.support.TestRelays;
import dev.bazaar.relay.support.TopicReader;
import dev.bazaar.relay.support.TopicReader.Received;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A relay that stops and starts again with the same offsets resumes where it stopped: what was
 * written while it was down arrives, what it had relayed before is not sent again.
 */
class RelayResumeTest {

    @Test
    void restartWithTheSameOffsetsResumesWithoutReplaying() throws Exception {
        OutboxDatabase db = OutboxDatabase.prepare();
        String aggregate = "resumetest-" + TestRelays.RUN;
        List<OutboxRow> before = rows(aggregate, 5);
        List<OutboxRow> whileDown = rows(aggregate, 5);

        try (TopicReader reader = new TopicReader(TestRelays.kafka(), OutboxDatabase.topicOf(aggregate))) {
            RelayEngine first = TestRelays.startStreaming(db, "resume", RelayListener.NONE);
            for (OutboxRow row : before) {
                db.insert("store", row);
            }
            assertThat(reader.await(all -> all.size() >= before.size(), Duration.ofSeconds(30))).isTrue();
            assertThat(first.stop(Duration.ofSeconds(30))).isTrue();

            for (OutboxRow row : whileDown) {
                db.insert("auth", row);
            }

            RelayEngine second = TestRelays.startStreaming(db, "resume", RelayListener.NONE);
            try {
                assertThat(reader.await(all -> ids(all).keySet().containsAll(idsOf(whileDown)), Duration.ofSeconds(30)))
                        .as("rows written while the relay was down arrive after its restart").isTrue();
                Thread.sleep(500); // a replay would arrive together with them

                Map<String, Long> counts = ids(reader.received());
                for (OutboxRow row : before) {
                    assertThat(counts.get(row.id())).as("relayed before the stop: not replayed").isEqualTo(1L);
                }
                for (OutboxRow row : whileDown) {
                    assertThat(counts.get(row.id())).as("written while down: exactly once").isEqualTo(1L);
                }
            } finally {
                second.stop(Duration.ofSeconds(30));
            }
        }
    }

    private static List<OutboxRow> rows(String aggregate, int count) {
        List<OutboxRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(OutboxRow.of(aggregate, UUID.randomUUID().toString(), "Resumed"));
        }
        return rows;
    }

    private static List<String> idsOf(List<OutboxRow> rows) {
        return rows.stream().map(OutboxRow::id).toList();
    }

    private static Map<String, Long> ids(List<Received> received) {
        return received.stream().collect(Collectors.groupingBy(Received::id, Collectors.counting()));
    }
}
