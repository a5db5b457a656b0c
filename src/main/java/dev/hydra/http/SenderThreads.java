package dev.hydra.http;

import dev.hydra.concurrent.DaemonThreads;
import java.util.concurrent.ThreadFactory;

/**
 * The threads that send requests, each blocked in the client's {@code send} while its request is in flight: virtual
 * threads where the JDK has them (Java 21 and later), whose blocking parks no operating system thread, else daemon
 * platform threads. Java 17 is compiled against, so the virtual ones are asked for by reflection.
 */
final class SenderThreads {

    private SenderThreads() {}

    /** @param prefix the threads' name, followed by a dash and a number */
    static ThreadFactory factory(String prefix) {
        ThreadFactory virtual = virtual(prefix);
        return virtual != null ? virtual : DaemonThreads.named(prefix);
    }

    /** Whether {@link #factory} makes virtual threads on this JDK. */
    static boolean virtual() {
        return virtual("probe") != null;
    }

    private static ThreadFactory virtual(String prefix) {
        try {
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            Class<?> type = Class.forName("java.lang.Thread$Builder");
            builder = type.getMethod("name", String.class, long.class).invoke(builder, prefix + "-", 1L);
            return (ThreadFactory) type.getMethod("factory").invoke(builder);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // Java 17 to 20: no virtual threads (a preview in 19 and 20, refused unless enabled)
        }
    }
}
