package dev.hydra.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Test;

class SenderThreadsTest {

    @Test
    void sendersAreVirtualThreadsFromJava21OnAndDaemonPlatformThreadsBefore() throws Exception {
        ThreadFactory factory = SenderThreads.factory("hydra-request");
        Thread first = factory.newThread(() -> {});
        Thread second = factory.newThread(() -> {});

        boolean java21 = Runtime.version().feature() >= 21;
        assertEquals(java21, SenderThreads.virtual());
        assertEquals(java21, isVirtual(first), "a virtual thread exactly where the JDK has them");
        assertTrue(first.isDaemon(), "no sender keeps the JVM of a build alive");
        assertEquals("hydra-request-1", first.getName());
        assertEquals("hydra-request-2", second.getName());
    }

    private static boolean isVirtual(Thread thread) throws Exception {
        try {
            return (Boolean) Thread.class.getMethod("isVirtual").invoke(thread);
        } catch (NoSuchMethodException e) {
            return false; // Java 17 to 18
        }
    }
}
