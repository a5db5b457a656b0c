package dev.hydra.http;

import java.util.Objects;

/** A header sent only to hosts that match a pattern, on every hop, never to another host. */
public record HeaderRule(HostPattern hosts, String name, String value) {

    public HeaderRule {
        Objects.requireNonNull(hosts, "hosts");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
