package dev.hydra.crawl;

import dev.hydra.extract.ServerAuthority;
import dev.hydra.http.FailureKind;
import dev.hydra.http.FetchOutcome;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether this machine reached the network at all, told once at the end of the crawl from every external request: when
 * at least {@link #MIN_HOSTS} distinct hosts were each never reached (no name resolved, no connection made) and no
 * external host answered anything, the failures say nothing about the links, only that the machine is offline (a CI
 * runner without egress, a laptop without {@code -o}). One dead host among hosts that answer is a dead link.
 */
final class NetworkReach {

    static final int MIN_HOSTS = 3;

    private final Set<String> unreachedHosts = ConcurrentHashMap.newKeySet();
    private final Set<String> unreachedTargets = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean answered = new AtomicBoolean();

    /** Notes what one external target's requests came to. */
    void record(String targetUrl, URI uri, FetchOutcome outcome) {
        if (outcome instanceof FetchOutcome.Failure failure) {
            if (failure.kind() == FailureKind.PRIVATE_ADDRESS || failure.kind() == FailureKind.INTERRUPTED) {
                return; // never asked: says nothing of the network
            }
            if (failure.kind().isUnreached() && failure.redirects().isEmpty()) {
                ServerAuthority authority = ServerAuthority.of(uri);
                unreachedHosts.add(authority == null ? uri.getRawAuthority() : authority.host());
                unreachedTargets.add(targetUrl);
                return;
            }
        }
        answered.set(true);
    }

    /** Whether the network looks unreachable. Asked once the crawl is over. */
    boolean looksUnreachable() {
        return !answered.get() && unreachedHosts.size() >= MIN_HOSTS;
    }

    /** The targets whose host was never reached. */
    Set<String> unreachedTargets() {
        return Set.copyOf(unreachedTargets);
    }

    /** The one notice that says the network looks unreachable, and what to do. */
    String notice() {
        List<String> hosts = List.copyOf(new TreeSet<>(unreachedHosts));
        String named =
                String.join(", ", hosts.subList(0, Math.min(5, hosts.size()))) + (hosts.size() > 5 ? ", ..." : "");
        return "the network looks unreachable: none of the " + hosts.size() + " external hosts could be reached ("
                + named + "; their names did not resolve or no connection could be made), so their "
                + unreachedTargets.size() + " links are reported as warnings (no-network), not as broken. Run Maven"
                + " offline (mvn -o) to leave external links unchecked, or, behind a proxy, declare it in"
                + " ~/.m2/settings.xml (<proxies>)";
    }
}
