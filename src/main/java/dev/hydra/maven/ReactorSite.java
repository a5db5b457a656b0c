package dev.hydra.maven;

import dev.hydra.site.SitePart;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.aether.SessionData;

/**
 * The module sites of one reactor build, gathered as each project's {@code check} runs, so that the last of them checks
 * the staged site once: maven-deploy-plugin's {@code deployAtEnd} acts at the end of a reactor the same way. It lives
 * in the build session's data, not in a static field: Maven runs builds (and {@code -T} threads) side by side in one
 * JVM, and each build has its own.
 */
final class ReactorSite {

    /**
     * One project's site in the staged layout.
     *
     * @param part its folder and path
     * @param reportDirectory where the project's own reports go, to receive its part of the reactor's results
     * @param files the project's own files that its {@code files} chose, checked with the site
     */
    record ModuleSite(SitePart part, Path reportDirectory, List<Path> files) {

        ModuleSite {
            files = List.copyOf(files);
        }
    }

    private final Set<String> expected;
    private final Set<String> done = new LinkedHashSet<>();
    private final Map<String, ModuleSite> sites = new LinkedHashMap<>();
    private final List<String> missing = new ArrayList<>();
    private boolean concluded;

    private ReactorSite(Set<String> expected) {
        this.expected = Set.copyOf(expected);
    }

    /**
     * The reactor's gathering, made by the first project that asks.
     *
     * @param expected the ids of the projects whose {@code check} runs in this build
     */
    static ReactorSite of(SessionData data, String key, Set<String> expected) {
        Object known = data.get(key);
        if (known == null) {
            data.set(key, null, new ReactorSite(expected));
            known = data.get(key);
        }
        if (!(known instanceof ReactorSite site)) {
            // another version of Hydra in the same build keeps its own; this key names the version, so it is not that
            throw new IllegalStateException("the build session holds " + known + " under " + key);
        }
        return site;
    }

    /**
     * Records that a project's check ran, with its site when it takes part, or the folder it has no site in; answers
     * true to the one that completes the reactor, which then checks the staged site.
     */
    synchronized boolean ran(String projectId, ModuleSite site, String missingSite) {
        if (site != null) {
            sites.put(projectId, site);
        }
        if (missingSite != null) {
            missing.add(missingSite);
        }
        done.add(projectId);
        if (concluded || !done.containsAll(expected)) {
            return false;
        }
        concluded = true;
        return !sites.isEmpty() || !missing.isEmpty();
    }

    /** The site folders that projects taking part did not have ({@code mvn verify} without {@code site}). */
    synchronized List<String> missing() {
        return List.copyOf(missing);
    }

    /** How many of the expected projects' checks have run. */
    synchronized String progress() {
        return done.size() + " of " + expected.size();
    }

    /** The gathered module sites, in the order their checks ran. */
    synchronized List<ModuleSite> sites() {
        return new ArrayList<>(sites.values());
    }
}
