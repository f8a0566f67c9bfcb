package dev.bazaar.launcher;

import java.util.Map;

/**
 * The launcher's entry point, run by {@code ./shop}: {@code up} starts the shop, {@code infra}
 * the test infrastructure. Exit codes: 0 fine, 1 a component failed, 2 bad usage.
 */
public final class Shop {

    private Shop() {
    }

    public static void main(String[] args) {
        // the launcher's own logging (Kafka's admin client): warnings only, and not the library's business
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "classpath:dev/bazaar/launcher/log4j2-launcher.xml");
        }
        Progress progress = new Progress(System.out);
        Options options;
        try {
            options = Options.parse(args, Map.copyOf(System.getenv()));
        } catch (IllegalArgumentException e) {
            System.err.println("shop: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        try {
            switch (options.command()) {
                case "up" -> new UpCommand(options, progress).run();
                case "infra" -> new InfraCommand(options, progress).run();
                case "help", "-h", "--help" -> System.out.print(Options.USAGE);
                default -> {
                    System.err.println("shop: unknown command " + options.command());
                    System.err.print(Options.USAGE);
                    System.exit(2);
                }
            }
        } catch (StartupException e) {
            System.err.println();
            System.err.println("shop: " + e.getMessage());
            System.exit(1); // the shutdown hook stops what did start
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("shop: unexpected error");
            e.printStackTrace();
            System.exit(1);
        }
    }
}
