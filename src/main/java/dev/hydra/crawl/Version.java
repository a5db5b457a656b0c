package dev.hydra.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Hydra's own version, written into the jar at build time. */
public final class Version {

    private Version() {}

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/hydra/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
