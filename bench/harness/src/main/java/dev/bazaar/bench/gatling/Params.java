package dev.bazaar.bench.gatling;

/** The simulations' parameters: system properties the harness sets on the Gatling JVM. */
final class Params {

    private Params() {
    }

    static String string(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("system property " + key + " is not set (the harness sets it)");
        }
        return value;
    }

    static int integer(String key, int otherwise) {
        return Integer.getInteger(key, otherwise);
    }

    static double decimal(String key) {
        return Double.parseDouble(string(key));
    }
}
