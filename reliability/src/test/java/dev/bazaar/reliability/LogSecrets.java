package dev.bazaar.reliability;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must never appear in a log line: every password the suite used, the shop's service secrets
 * and admin password, and every access and refresh token a login or refresh handed out. Tokens are
 * many: a line's long base64url words are looked up among them, so the scan stays linear.
 */
final class LogSecrets {

    private static final Set<String> TOKENS = ConcurrentHashMap.newKeySet();
    /** A JWT's header and claims always start so ({"...). */
    static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_.-]{24,}");

    private LogSecrets() {
    }

    static void remember(String token) {
        if (token != null && token.length() >= 24) {
            TOKENS.add(token);
        }
    }

    static int remembered() {
        return TOKENS.size();
    }

    /** The name of what this line leaks, or null. */
    static String leakIn(String line, Set<String> secrets) {
        for (String secret : secrets) {
            if (line.contains(secret)) {
                return "a password or secret";
            }
        }
        if (JWT.matcher(line).find()) {
            return "an access token (a JWT)";
        }
        Matcher words = WORD.matcher(line);
        while (words.find()) {
            String word = words.group();
            if (TOKENS.contains(word) || word.contains(".") && java.util.Arrays.stream(word.split("\\.")).anyMatch(TOKENS::contains)) {
                return "a token handed out by auth-service";
            }
        }
        return null;
    }
}
