package dev.hydra.maven;

/**
 * A request header sent only to matching hosts, configured as
 * {@code <header><host>*.example.org</host><name>Authorization</name><value>Bearer ...</value></header>}.
 */
public class Header {

    /** Host pattern: {@code docs.example.org}, {@code *.example.org} (the domain and its subdomains) or {@code *}. */
    private String host;

    /** Header name. */
    private String name;

    /** Header value. */
    private String value;

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
