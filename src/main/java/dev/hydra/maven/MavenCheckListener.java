package dev.hydra.maven;

import dev.hydra.crawl.CheckListener;
import dev.hydra.crawl.Progress;
import org.apache.maven.plugin.logging.Log;

/** Sends what a check reports to Maven's log: progress and information at info, notices as warnings, requests at debug (-X). */
final class MavenCheckListener implements CheckListener {

    private final Log log;

    MavenCheckListener(Log log) {
        this.log = log;
    }

    @Override
    public void progress(Progress progress) {
        log.info("Hydra: " + progress);
    }

    @Override
    public void notice(String message) {
        log.warn("Hydra: " + message);
    }

    @Override
    public void info(String message) {
        log.info("Hydra: " + message);
    }

    @Override
    public boolean wantsRequests() {
        return log.isDebugEnabled();
    }

    @Override
    public void request(String line) {
        log.debug("Hydra: " + line);
    }
}
