package dev.hydra.sources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Java source of a Javadoc page: {@code apidocs/org/example/Foo.html} (and its nested classes'
 * {@code Foo.Bar.html}) comes from {@code org/example/Foo.java} in a main source root, {@code testapidocs/} from a
 * test source root, and a {@code package-summary.html} from the package's {@code package-info.java}. Pages Javadoc
 * writes from no doc comment ({@code index-all.html}, {@code class-use/}) have no source.
 */
final class JavadocSources {

    private final List<Path> javaRoots;
    private final List<Path> testJavaRoots;

    JavadocSources(List<Path> javaRoots, List<Path> testJavaRoots) {
        this.javaRoots = javaRoots;
        this.testJavaRoots = testJavaRoots;
    }

    /** The source of a page given by its decoded path below the site's root ({@code apidocs/org/example/Foo.html}). */
    Optional<Origin> of(String relative) {
        if (relative.startsWith("apidocs/")) {
            return find(javaRoots, relative.substring("apidocs/".length()));
        }
        if (relative.startsWith("testapidocs/")) {
            return find(testJavaRoots, relative.substring("testapidocs/".length()));
        }
        return Optional.empty();
    }

    private static Optional<Origin> find(List<Path> roots, String page) {
        String java = javaFile(page);
        if (java == null) {
            return Optional.empty();
        }
        for (Path root : roots) {
            Path source = root.resolve(java);
            if (Files.isRegularFile(source)) {
                return Optional.of(new Origin(source, Origin.Syntax.JAVA));
            }
        }
        return Optional.empty();
    }

    /** {@code org/example/Foo.Bar.html} as {@code org/example/Foo.java}, or null for a page of no single source. */
    static String javaFile(String page) {
        if (!page.endsWith(".html") || page.contains("class-use/") || page.contains("doc-files/")) {
            return null;
        }
        int slash = page.lastIndexOf('/');
        String folder = page.substring(0, slash + 1);
        String name = page.substring(slash + 1, page.length() - ".html".length());
        if (name.equals("package-summary")) {
            return folder + "package-info.java";
        }
        if (name.isEmpty() || name.contains("-") || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return null; // index-all, overview-summary, package-tree, ...: Javadoc's own pages
        }
        int dot = name.indexOf('.');
        return folder + (dot < 0 ? name : name.substring(0, dot)) + ".java";
    }
}
