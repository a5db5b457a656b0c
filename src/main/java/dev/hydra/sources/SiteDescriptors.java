package dev.hydra.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a site's menus, banner and breadcrumbs are declared: its site descriptors ({@code src/site/site.xml}, and
 * {@code site_fr.xml} for a locale), whose links are written from the site's root. The skin writes them on every
 * page relative to that page: the item {@code href="guide/index.html"} is {@code guide/index.html} on the root page
 * and {@code ../guide/index.html} one folder down.
 */
final class SiteDescriptors {

    private SiteDescriptors() {}

    /** The descriptors of a site's sources: {@code site.xml} first, then those of other locales by name. */
    static List<Path> of(Path site) {
        List<Path> descriptors = new ArrayList<>();
        Path main = site.resolve("site.xml");
        if (Files.isRegularFile(main)) {
            descriptors.add(main);
        }
        try (Stream<Path> files = Files.list(site)) {
            files.filter(file -> file.getFileName().toString().matches("site_[A-Za-z_-]+\\.xml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .forEach(descriptors::add);
        } catch (IOException e) {
            // no folder, no descriptor
        }
        return descriptors;
    }

    /**
     * How the descriptor of the site at {@code folder} writes a link that the page writes as {@code href}: a URL with
     * a scheme, or a path from the host's root, as it is; a relative link from that site's root, where it may climb
     * above it ({@code ../../org/} on the root page stays {@code ../../org/}).
     *
     * @param href the link as the page writes it
     * @param page the page as reports show it ({@code /module-a/usage.html})
     * @param folder the path the descriptor's site is served under ({@code /} or {@code /module-a/})
     */
    static String spelling(String href, String page, String folder) {
        if (WrittenForms.isAbsolute(href) || href.isEmpty() || href.startsWith("#") || href.startsWith("?")) {
            return href;
        }
        int cut = SitePaths.firstOf(href, '?', '#');
        String path = cut < 0 ? href : href.substring(0, cut);
        String rest = cut < 0 ? "" : href.substring(cut);
        List<String> folders = new ArrayList<>(folders(page));
        String file = "";
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == parts.length - 1 && !part.equals(".") && !part.equals("..")) {
                file = part;
            } else if (part.equals("..")) {
                if (!folders.isEmpty() && !folders.get(folders.size() - 1).equals("..")) {
                    folders.remove(folders.size() - 1);
                } else {
                    folders.add(".."); // above the root: kept, as a browser on the published site follows it
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                folders.add(part);
            }
        }
        List<String> base = folders(folder);
        int common = 0;
        while (common < base.size()
                && common < folders.size()
                && base.get(common).equals(folders.get(common))) {
            common++;
        }
        StringBuilder written = new StringBuilder();
        for (int i = common; i < base.size(); i++) {
            written.append("../");
        }
        for (int i = common; i < folders.size(); i++) {
            written.append(folders.get(i)).append('/');
        }
        written.append(file);
        return (written.isEmpty() ? "./" : written.toString()) + rest;
    }

    /** The folders of a path from the root ({@code /a/b/c.html} and {@code /a/b/} are {@code a, b}). */
    private static List<String> folders(String path) {
        String folders = path.substring(path.startsWith("/") ? 1 : 0, path.lastIndexOf('/') + 1);
        List<String> names = new ArrayList<>();
        for (String name : folders.split("/")) {
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
