package dev.hotlist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.service.Hotlist;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WarmUpsTest {
    private record Call(String thread, boolean daemon) {
    }

    @Test
    void theWarmUpRunsOncePerRunOnADaemonThreadOfItsOwnWhateverTheWindowAsks() throws Exception {
        List<Call> calls = new CopyOnWriteArrayList<>();
        CountDownLatch ran = new CountDownLatch(1);
        Hotlist service = (Hotlist) Proxy.newProxyInstance(Hotlist.class.getClassLoader(),
                new Class<?>[] {Hotlist.class}, (proxy, method, args) -> {
                    if (method.getName().equals("warmUp")) {
                        Thread t = Thread.currentThread();
                        calls.add(new Call(t.getName(), t.isDaemon()));
                        ran.countDown();
                        return true;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        WarmUps warmUps = new WarmUps();

        warmUps.accept(null);
        warmUps.accept(service);
        warmUps.accept(service);

        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        assertThat(calls).containsExactly(new Call("hotlist-warm-up", true));
    }

    @Test
    void aServiceWhoseWarmUpFailsCostsNothingButTheSpeedUp() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        Hotlist failing = (Hotlist) Proxy.newProxyInstance(Hotlist.class.getClassLoader(),
                new Class<?>[] {Hotlist.class}, (proxy, method, args) -> {
                    asked.countDown();
                    throw new IllegalStateException("disk full");
                });
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        try {
            new WarmUps().accept(failing);
            assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        assertThat(uncaught).isEmpty();
    }
}
