package dev.bazaar.auth.application;

import dev.bazaar.auth.application.port.out.PasswordHasher;
import dev.bazaar.auth.application.port.out.LoginFailures;
import dev.bazaar.auth.application.port.out.Sessions;
import dev.bazaar.auth.application.port.out.SigningKeyStore;
import dev.bazaar.auth.application.port.out.Users;
import dev.bazaar.auth.domain.key.SigningKey;
import dev.bazaar.auth.domain.session.IssuedRefreshToken;
import dev.bazaar.auth.domain.session.RefreshTokenHash;
import dev.bazaar.auth.domain.session.Session;
import dev.bazaar.auth.domain.session.SessionId;
import dev.bazaar.auth.domain.user.EmailAddress;
import dev.bazaar.auth.domain.user.Password;
import dev.bazaar.auth.domain.user.PasswordHash;
import dev.bazaar.auth.domain.user.Role;
import dev.bazaar.auth.domain.user.User;
import dev.bazaar.auth.domain.user.UserId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory stand-ins for the ports, for use-case tests without a database. */
final class Fakes {

    private Fakes() {
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** Hashes as "hash:" + password and counts every verification, with the hash it was given. */
    static final class CountingHasher implements PasswordHasher {
        final List<PasswordHash> verifiedAgainst = new ArrayList<>();

        @Override
        public PasswordHash hash(Password password) {
            return new PasswordHash("hash:" + password.reveal());
        }

        @Override
        public boolean matches(String candidate, PasswordHash hash) {
            verifiedAgainst.add(hash);
            return hash.encoded().equals("hash:" + candidate);
        }
    }

    static final class InMemoryUsers implements Users {
        final Map<UserId, User> users = new LinkedHashMap<>();

        @Override
        public Optional<User> byId(UserId id) {
            return Optional.ofNullable(users.get(id));
        }

        @Override
        public Optional<User> byEmail(EmailAddress email) {
            return users.values().stream().filter(user -> user.email().equals(email)).findFirst();
        }

        @Override
        public void add(User user) {
            users.put(user.id(), user);
        }

        @Override
        public void update(User user) {
            users.put(user.id(), user);
        }

        @Override
        public List<User> page(Position after, Role role, int limit) {
            throw new UnsupportedOperationException();
        }
    }

    static final class InMemorySessions implements Sessions {
        final Map<SessionId, Session> sessions = new LinkedHashMap<>();

        @Override
        public void add(Session session, IssuedRefreshToken firstToken) {
            sessions.put(session.id(), session);
        }

        @Override
        public Optional<IssuedRefreshToken> lockToken(RefreshTokenHash hash) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Session> lockSession(SessionId id) {
            return byId(id);
        }

        @Override
        public Optional<Session> byId(SessionId id) {
            return Optional.ofNullable(sessions.get(id));
        }

        @Override
        public void saveRotation(Session session, IssuedRefreshToken presented,
                                 IssuedRefreshToken next) {
        }

        @Override
        public void save(Session session) {
        }

        @Override
        public int revokeAllOf(UserId userId, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int deleteEndedBefore(Instant cutoff, int limit) {
            throw new UnsupportedOperationException();
        }
    }

    static final class InMemoryLoginFailures implements LoginFailures {
        final Map<String, List<Instant>> failures = new java.util.HashMap<>();

        @Override
        public void record(String key, Instant at) {
            failures.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(at);
        }

        @Override
        public List<Instant> recent(String key, Instant since, int limit) {
            return failures.getOrDefault(key, List.of()).stream().filter(at -> at.isAfter(since))
                    .sorted(java.util.Comparator.reverseOrder()).limit(limit).toList();
        }

        @Override
        public void clear(String key) {
            failures.remove(key);
        }

        @Override
        public int forgetUpTo(Instant cutoff) {
            throw new UnsupportedOperationException();
        }
    }

    static final class InMemorySigningKeys implements SigningKeyStore {
        final Map<String, SigningKey> keys = new LinkedHashMap<>();

        @Override
        public List<SigningKey> all() {
            return List.copyOf(keys.values());
        }

        @Override
        public void add(SigningKey key) {
            keys.put(key.keyId(), key);
        }

        @Override
        public void retire(String keyId, Instant retiredAt) {
            keys.computeIfPresent(keyId, (id, key) -> key.retire(retiredAt));
        }

        @Override
        public void remove(String keyId) {
            keys.remove(keyId);
        }
    }
}
