package dev.hotlist.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the embedded servers of dead JVMs leave in the temporary folder is removed, and what a live JVM's server uses is
 * never touched. A stand-in temporary folder; the servers are stand-ins too: a copy of {@code sh} named
 * {@code postgres} and started on the data folder, and a child JVM holding the folder's lock as Zonky's does.
 */
class LeftoverServersTest {
    @TempDir
    Path tmp;

    private Path dataFolder(String name) throws Exception {
        Path folder = Files.createDirectory(tmp.resolve(name));
        Files.writeString(folder.resolve("PG_VERSION"), "17\n");
        Files.writeString(folder.resolve(LeftoverServers.LOCK_FILE), "");
        return folder;
    }

    /** A process whose program is called postgres, started with {@code -D folder}, as the postmaster is. */
    private Process fakePostmaster(Path folder) throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path postgres = bin.resolve("postgres");
        if (!Files.exists(postgres)) {
            Files.copy(Path.of("/bin/sh").toRealPath(), postgres);
            postgres.toFile().setExecutable(true);
        }
        Process p = new ProcessBuilder(postgres.toString(), "-c", "read line; :", "-D", folder.toString())
                .redirectErrorStream(true).start();
        Files.writeString(folder.resolve("postmaster.pid"), p.pid() + "\n" + folder + "\n");
        return p;
    }

    @Test
    void aDeadJvmsFolderIsDeletedAndItsOrphanedServerStopped() throws Exception {
        Path stale = dataFolder("epg111");
        Process orphan = fakePostmaster(stale);
        Path crashed = dataFolder("epg222");
        Files.writeString(crashed.resolve("postmaster.pid"), "999999999\n" + crashed + "\n");

        LeftoverServers.removeIn(tmp);

        assertThat(orphan.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(stale).doesNotExist();
        assertThat(crashed).doesNotExist();
    }

    @Test
    void aLiveJvmsFolderAndServerAreLeftAlone() throws Exception {
        Path live = dataFolder("epg333");
        Process server = fakePostmaster(live);
        Path holder = tmp.resolve("HoldLock.java");
        Files.writeString(holder, """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class HoldLock {
                    public static void main(String[] a) throws Exception {
                        FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.WRITE);
                        c.lock();
                        System.out.println("locked");
                        System.in.read();
                    }
                }
                """);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process jvm = new ProcessBuilder(java.toString(), holder.toString(),
                live.resolve(LeftoverServers.LOCK_FILE).toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");

            LeftoverServers.removeIn(tmp);

            assertThat(live.resolve("PG_VERSION")).exists();
            assertThat(server.isAlive()).isTrue();
        } finally {
            jvm.destroyForcibly().waitFor();
            server.destroyForcibly().waitFor();
        }
    }

    @Test
    void aFolderStillBeingMadeIsLeftAloneButAnHourOldOneWithoutLockIsDeleted() throws Exception {
        Path making = Files.createDirectory(tmp.resolve("epg444"));
        Path abandoned = Files.createDirectory(tmp.resolve("epg555"));
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path notZonky = Files.createDirectory(tmp.resolve("other"));
        Files.setLastModifiedTime(notZonky, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

        LeftoverServers.removeIn(tmp);

        assertThat(making).exists();
        assertThat(abandoned).doesNotExist();
        assertThat(notZonky).exists();
    }

    @Test
    void aReusedProcessIdIsNotTakenForTheServer() throws Exception {
        Path folder = dataFolder("epg666");
        Process unrelated = fakePostmaster(Files.createDirectory(tmp.resolve("elsewhere")));
        Files.writeString(folder.resolve("postmaster.pid"), unrelated.pid() + "\n" + folder + "\n");
        try {
            assertThat(LeftoverServers.postmaster(folder)).isEmpty();
            assertThat(LeftoverServers.postmaster(tmp.resolve("elsewhere"))).map(ProcessHandle::pid)
                    .contains(unrelated.pid());
        } finally {
            unrelated.destroyForcibly().waitFor();
        }
    }
}
