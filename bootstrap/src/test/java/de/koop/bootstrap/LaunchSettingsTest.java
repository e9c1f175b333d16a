package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launch settings of {@code ./koop start} as they ship: the start and the start-up benchmark launch the JVM
 * with the same options, and the JVM's cache of classes that the first start of a build writes is taken by the
 * next start, also when the build wrote the same jar anew (the JVM takes a cache only for the very file it was
 * made from), and is made again when the jar changed. Runs the shipped scripts with the JDK they find.
 */
class LaunchSettingsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final FileTime BUILT = FileTime.fromMillis(1_767_225_600_000L);

    @TempDir
    Path directory;

    @Test
    void theStartAndTheStartUpBenchmarkLaunchTheJvmWithTheSameOptions() throws IOException {
        String start = Files.readString(ROOT.resolve("koop"));
        Matcher startCase = Pattern.compile("(?s)\\n  start\\)(.*?)\\n    ;;").matcher(start);
        assertThat(startCase.find()).as("the start command of ./koop").isTrue();
        String launch = startCase.group(1);
        assertThat(launch).contains("source scripts/jvm-options.sh", "source scripts/jvm-cache.sh",
                "koop_jvm_cache bootstrap/target/koop.jar data",
                "\"$JAVA_HOME/bin/java\" $KOOP_JVM_OPTIONS $KOOP_JVM_CACHE_OPTIONS -jar \"$KOOP_JAR\"");

        String benchmark = Files.readString(ROOT.resolve("scripts/bench-startup.sh"));
        assertThat(benchmark).contains("source scripts/jvm-options.sh", "source scripts/jvm-cache.sh",
                "cp bootstrap/target/koop.jar \"$work/koop.jar\"", "koop_jvm_cache \"$work/koop.jar\"",
                "\"$JAVA_HOME/bin/java\" $KOOP_JVM_OPTIONS \"$@\" -jar \"$KOOP_JAR\"",
                "case_ \"restart as ./koop start\" false $KOOP_JVM_CACHE_OPTIONS",
                "case_ \"fresh database as ./koop start\" true $KOOP_JVM_CACHE_OPTIONS");
    }

    @Test
    void theCacheOfTheFirstStartOfABuildIsTakenByTheNextStartsAndMadeAgainForAChangedJar() throws Exception {
        Path jar = directory.resolve("target/koop.jar");
        Path data = directory.resolve("data");
        build(jar, false);

        Launch first = prepare(jar, data);
        assertThat(first.jar()).isEqualTo(data.resolve("koop.jar").toString());
        assertThat(first.writesCache()).as("the first start writes the cache: " + first.cacheOptions()).isTrue();
        assertThat(run(first, List.of())).contains("koop launch settings");
        assertThat(first.cache()).isNotEmptyFile();

        Thread.sleep(1_100);
        build(jar, false);
        FileTime copied = Files.getLastModifiedTime(data.resolve("koop.jar"));
        Launch again = prepare(jar, data);
        assertThat(Files.getLastModifiedTime(data.resolve("koop.jar"))).as("the copy the cache was made for")
                .isEqualTo(copied);
        assertThat(again.writesCache()).as("the next start uses the cache: " + again.cacheOptions()).isFalse();
        // the same start, told to fail where it would otherwise go on without the cache
        assertThat(run(again, again.aot() ? List.of("-XX:AOTMode=on") : List.of("-Xshare:on")))
                .contains("koop launch settings");

        build(jar, true);
        Launch changed = prepare(jar, data);
        assertThat(changed.writesCache()).as("a changed jar gets a cache of its own").isTrue();
        assertThat(changed.cache()).doesNotExist();
        assertThat(run(changed, List.of())).contains("koop launch settings, changed");
    }

    /** What {@code koop_jvm_cache} decided. */
    private record Launch(String jar, String cacheOptions, String jvmOptions, String javaHome) {

        boolean aot() {
            return cacheOptions.contains("-XX:AOTCache");
        }

        boolean writesCache() {
            return cacheOptions.contains("-XX:AOTCacheOutput=") || cacheOptions.contains("-XX:+AutoCreateSharedArchive");
        }

        Path cache() {
            return Path.of(cacheOptions.replaceAll(".*(-XX:AOTCache(Output)?=|-XX:SharedArchiveFile=)(\\S+).*", "$3"));
        }
    }

    private Launch prepare(Path jar, Path data) throws Exception {
        List<String> lines = bash("""
                source scripts/find-jdk.sh
                source scripts/jvm-options.sh
                source scripts/jvm-cache.sh
                koop_jvm_cache "$1" "$2"
                printf '%s\\n' "$KOOP_JAR" "$KOOP_JVM_CACHE_OPTIONS" "$KOOP_JVM_OPTIONS" "$JAVA_HOME"
                """, jar.toString(), data.toString()).lines().toList();
        return new Launch(lines.get(0), lines.get(1), lines.get(2), lines.get(3));
    }

    /** Starts the jar as {@code ./koop start} does, with the given options added, and returns what it printed. */
    private String run(Launch launch, List<String> extra) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(launch.javaHome() + "/bin/java");
        command.addAll(List.of(launch.jvmOptions().split(" +")));
        command.addAll(List.of(launch.cacheOptions().split(" +")));
        command.addAll(extra);
        command.addAll(List.of("-jar", launch.jar()));
        return execute(new ProcessBuilder(command));
    }

    private String bash(String script, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", "-c", script, "bash"));
        command.addAll(List.of(arguments));
        return execute(new ProcessBuilder(command).directory(ROOT.toFile()));
    }

    private static String execute(ProcessBuilder builder) throws Exception {
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", builder.command()) + "\n" + output).isZero();
        return output;
    }

    /** A jar of the class below, written anew as a build writes it: same entries, a new file; or a changed one. */
    private static void build(Path jar, boolean changed) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            JarEntry manifestEntry = new JarEntry("META-INF/MANIFEST.MF");
            manifestEntry.setLastModifiedTime(BUILT);
            out.putNextEntry(manifestEntry);
            manifest.write(out);
            String name = Main.class.getName().replace('.', '/') + ".class";
            JarEntry entry = new JarEntry(name);
            entry.setLastModifiedTime(BUILT);
            out.putNextEntry(entry);
            try (var in = LaunchSettingsTest.class.getClassLoader().getResourceAsStream(name)) {
                in.transferTo(out);
            }
            if (changed) {
                JarEntry marker = new JarEntry("changed");
                marker.setLastModifiedTime(BUILT);
                out.putNextEntry(marker);
                out.write("changed".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** The program of the jar: says whether it is the changed build. */
    public static final class Main {

        public static void main(String[] args) {
            boolean changed = Main.class.getClassLoader().getResource("changed") != null;
            System.out.println("koop launch settings" + (changed ? ", changed" : ""));
        }
    }
}
