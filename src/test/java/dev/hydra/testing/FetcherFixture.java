package dev.hydra.testing;

import dev.hydra.http.HeaderRule;
import dev.hydra.http.HttpSettings;
import dev.hydra.http.JdkFetcher;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The pools a fetcher stack needs in a test, shut down by {@link #close()}: after each test, as a registered extension. */
public final class FetcherFixture implements AutoCloseable, AfterEachCallback {

    public static final String USER_AGENT = "hydra-maven-plugin/test";

    public final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
    public final ExecutorService clientPool = Executors.newFixedThreadPool(2);
    private JdkFetcher jdk;

    /** The JDK fetcher with a 5 s timeout, the test User-Agent and these header rules. */
    public JdkFetcher jdk(HeaderRule... headers) {
        jdk = new JdkFetcher(
                new HttpSettings(
                        Duration.ofSeconds(5), USER_AGENT, List.of(headers), 1024 * 1024, List.of(), null, null),
                clientPool,
                scheduler);
        return jdk;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        if (jdk != null) {
            jdk.close();
        }
        scheduler.shutdownNow();
        clientPool.shutdownNow();
    }
}
