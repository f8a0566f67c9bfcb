package dev.bazaar.relay;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;

/**
 * Whether the connector is reading the binlog right now, from the streaming metrics every Debezium
 * connector registers in JMX ({@code debezium.<connector>:type=connector-metrics,context=streaming,
 * server=<topic.prefix>}, attribute {@code Connected}). A started task alone does not say so:
 * a task whose database is unreachable counts as started and keeps retrying in the background.
 */
final class StreamingStatus {

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final String serverName;

    /** @param serverName the connector's {@code topic.prefix} */
    StreamingStatus(String serverName) {
        this.serverName = serverName;
    }

    boolean connected() {
        try {
            for (ObjectName name : server.queryNames(new ObjectName("debezium.*:type=connector-metrics,context=streaming,*"), null)) {
                if (serverName.equals(name.getKeyProperty("server"))) {
                    return Boolean.TRUE.equals(server.getAttribute(name, "Connected"));
                }
            }
        } catch (JMException | RuntimeException e) {
            // unregistered between query and read: the streaming source is stopping
        }
        return false;
    }
}
