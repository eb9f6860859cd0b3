package dev.hotlist.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a class of the test classpath in a child JVM, as a second process would. */
final class ChildJvm {
    private ChildJvm() {
    }

    static Process start(Path output, Class<?> main, String... args) throws IOException {
        return start(output, List.of(), main, args);
    }

    /** {@link #start(Path, Class, String...)} with JVM options such as {@code -Dhotlist.lockGuard=false}. */
    static Process start(Path output, List<String> jvmOptions, Class<?> main, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Xshare:auto");
        cmd.add(nativeLibrariesIn(output.toAbsolutePath().getParent()));
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    /**
     * The option that makes a child's sqlite-jdbc unpack its native library into {@code dir} (a test's own temporary
     * folder) instead of the system's: a child killed mid-write never deletes its copy, and thousands of killed
     * children once filled the disk with them.
     */
    static String nativeLibrariesIn(Path dir) {
        return "-Dorg.sqlite.tmpdir=" + dir.toAbsolutePath();
    }
}
