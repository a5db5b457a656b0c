package dev.hydra.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.crawl.CheckConfig;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * CheckMojo as Maven configures it: parameters reach the engine's configuration, bad values stop the build with
 * a message that says what to write, and the result of a check becomes the build's outcome.
 * The sites are the invoker ITs' sites in {@code src/it}; reports go under {@code target/harness/}.
 */
@MojoTest
class CheckMojoTest {

    private static final String POM = "src/test/projects/check/pom.xml";
    private static final String CLEAN_SITE = "src/it/clean-site-passes/site";
    private static final String DEAD_SITE = "src/it/dead-links-fail/site";

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "directory", value = CLEAN_SITE)
    @MojoParameter(name = "minRequestInterval", value = "250ms")
    @MojoParameter(name = "maxRetryAfter", value = "2m")
    @MojoParameter(name = "maxPageSize", value = "512KB")
    @MojoParameter(name = "maxConnectionsPerHost", value = "3")
    @MojoParameter(name = "threads", value = "2")
    @MojoParameter(name = "excludes", value = "^/private/,\\.pdf$")
    @MojoParameter(name = "acceptedStatusCodes", value = "200-299,403")
    void mapsParametersOntoTheEngineConfiguration(CheckMojo mojo) throws Exception {
        CheckConfig config = mojo.configBuilder().build();
        assertEquals(Duration.ofSeconds(5), config.timeout(), "timeout from the pom's <configuration>");
        assertEquals(Duration.ofMillis(250), config.minRequestInterval());
        assertEquals(Duration.ofMinutes(2), config.maxRetryAfter());
        assertEquals(512 * 1024, config.maxPageSize());
        assertEquals(3, config.maxConnectionsPerHost());
        assertEquals(2, config.threads());
        assertEquals(
                Path.of(CLEAN_SITE).toAbsolutePath().normalize(),
                config.directory().toAbsolutePath().normalize());
        assertTrue(config.isExcluded("/private/notes.html"));
        assertTrue(config.isExcluded("https://example.org/a.pdf"));
        assertFalse(config.isExcluded("/public/notes.html"));
        assertTrue(config.acceptedStatusCodes().contains(403));
        assertEquals(2, config.retries(), "default of retries");
        assertEquals(10, config.maxRedirects(), "default of maxRedirects");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "directory", value = CLEAN_SITE)
    @MojoParameter(name = "timeout", value = "ten seconds")
    void rejectsADurationItCannotRead(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(
                "Hydra: timeout 'ten seconds' is not a duration: write 10s, 500ms, 2m, 1d or a number of seconds",
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "directory", value = CLEAN_SITE)
    @MojoParameter(name = "maxPageSize", value = "huge")
    void rejectsASizeItCannotRead(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("Hydra: maxPageSize 'huge' is not a size: write 8MB, 512KB or a number of bytes", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "directory", value = CLEAN_SITE)
    @MojoParameter(name = "excludes", value = "^/docs/[unclosed")
    void rejectsAnExcludeThatIsNoRegularExpression(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(
                e.getMessage().startsWith("Hydra: excludes: '^/docs/[unclosed' is not a regular expression: "),
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "directory", value = CLEAN_SITE)
    @MojoParameter(name = "acceptedStatusCodes", value = "200-abc")
    void rejectsStatusCodesItCannotRead(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(
                "Hydra: acceptedStatusCodes: '200-abc' in '200-abc' is not an HTTP status code or a range like 200-299",
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "directory", value = CLEAN_SITE)
    @MojoParameter(name = "threads", value = "0")
    void rejectsValuesThatMakeNoSenseAsAConfigurationError(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("Hydra: threads must be at least 1, was 0", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "directory", value = CLEAN_SITE)
    @MojoParameter(name = "url", value = "https://docs.example.org/")
    void refusesUrlAndDirectoryTogether(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("Hydra: set either url or directory, not both"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "files", value = "no-such-folder/**/*.md")
    @MojoParameter(name = "outputDirectory", value = "target/harness/nothing")
    void filesThatMatchNothingAreAWarningNotAPass(CheckMojo mojo) throws Exception {
        mojo.execute();
        assertFalse(
                new File("target/harness/nothing/report.json").exists(), "no check ran, so no report claims a pass");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "files", value = "../outside/*.md")
    void refusesAFilePatternThatLeavesTheBaseDirectory(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(
                "Hydra: files: the file pattern '../outside/*.md' leaves the project's base directory; patterns are"
                        + " relative to it, such as docs/**/*.md",
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "url", value = "file:///tmp/site/")
    void refusesAUrlThatIsNotHttp(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(
                "Hydra: 'file:///tmp/site/' is not an http(s) URL; to check local files use <directory>",
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "directory", value = "src/test/projects/no-such-site")
    @MojoParameter(name = "outputDirectory", value = "target/harness/missing-directory")
    void namesTheSiteDirectoryThatDoesNotExist(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("no-such-site does not exist or is not a directory"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    @MojoParameter(name = "directory", value = DEAD_SITE)
    @MojoParameter(name = "outputDirectory", value = "target/harness/skip")
    void skipChecksNothing(CheckMojo mojo) {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        assertDoesNotThrow(mojo::execute);
        assertEquals(List.of("Hydra: skipped (hydra.skip)"), log.infos);
        assertFalse(Files.exists(Path.of("target/harness/skip/report.json")));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "directory", value = CLEAN_SITE)
    @MojoParameter(name = "outputDirectory", value = "target/harness/clean")
    void aCleanSitePassesAndIsReported(CheckMojo mojo) throws IOException {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        assertDoesNotThrow(mojo::execute);
        assertTrue(log.warnings.isEmpty(), log.allWarnings());
        assertTrue(report("clean").contains("\"broken\": 0,"));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "directory", value = "src/sample-site")
    @MojoParameter(name = "outputDirectory", value = "target/harness/sample")
    void aSiteFolderOutsideTheBuildDirectoryIsNotTracedToTheProjectsSources(CheckMojo mojo) {
        // the sample's index.html links /guide/upgrading.html, and so does this project's own
        // src/site/markdown/index.md
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(
                e.getMessage().contains("/guide/upgrading.html : file not found in site directory\n      on /:17\n"),
                e.getMessage());
        assertFalse(e.getMessage().contains("src/site/markdown"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "directory", value = DEAD_SITE)
    @MojoParameter(name = "outputDirectory", value = "target/harness/dead")
    void deadLinksFailTheBuildWithEveryLinkItsPagesAndHowToExclude(CheckMojo mojo) throws IOException {
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        String message = e.getMessage();
        assertTrue(message.contains("3 broken links:"), message);
        assertTrue(message.contains("  /missing.html : file not found in site directory\n      on /:10\n"), message);
        assertTrue(
                message.contains("  /img/missing.png : file not found in site directory\n      on /about.html:7\n"),
                message);
        assertTrue(
                message.contains("  /about.html#team : anchor #team not found on the page\n      on /:11\n"), message);
        assertTrue(
                message.contains("To accept or exclude a link, add a regular expression on its URL to <excludes>"),
                message);
        assertTrue(report("dead").contains("\"broken\": 3,"), "report.json is written before the build fails");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "directory", value = DEAD_SITE)
    @MojoParameter(name = "failOnError", value = "false")
    @MojoParameter(name = "outputDirectory", value = "target/harness/warn")
    void failOnErrorFalseLogsTheDeadLinksAsWarningsAndPasses(CheckMojo mojo) throws IOException {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        assertDoesNotThrow(mojo::execute);
        String warnings = log.allWarnings();
        assertTrue(warnings.startsWith("3 broken links:"), warnings);
        assertTrue(warnings.contains("/missing.html : file not found in site directory"), warnings);
        assertTrue(warnings.contains("/img/missing.png : file not found in site directory"), warnings);
        assertTrue(warnings.contains("/about.html#team : anchor #team not found on the page"), warnings);
        assertTrue(report("warn").contains("\"broken\": 3,"));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "directory", value = DEAD_SITE)
    @MojoParameter(name = "excludes", value = "^/missing\\.html$,/img/missing\\.png,#team$")
    @MojoParameter(name = "outputDirectory", value = "target/harness/excluded")
    void excludedLinksDoNotFailTheBuild(CheckMojo mojo) throws IOException {
        assertDoesNotThrow(mojo::execute);
        String report = report("excluded");
        assertTrue(report.contains("\"broken\": 0,") && report.contains("\"excluded\": 3,"), report);
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "directory", value = DEAD_SITE)
    @MojoParameter(name = "outputDirectory", value = "target/harness/unwritable/report.json")
    void reportsThatCannotBeWrittenFailTheBuildAfterTheDeadLinksReachTheLog(CheckMojo mojo) throws IOException {
        Path notAFolder = Path.of("target/harness/unwritable/report.json");
        Files.createDirectories(notAFolder.getParent());
        Files.deleteIfExists(notAFolder);
        Files.writeString(notAFolder, "a file where the reports' folder should be");
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(e.getMessage().startsWith("Hydra: cannot write reports to "), e.getMessage());
        String errors = String.join("\n", log.errors);
        assertTrue(errors.startsWith("Hydra found dead links.\n3 broken links:"), errors);
        assertTrue(errors.contains("  /missing.html : file not found in site directory\n      on /:10"), errors);
        assertFalse(errors.contains("report.json"), "no report to point to: " + errors);
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "directory", value = CLEAN_SITE)
    @MojoParameter(name = "maxPages", value = "-1")
    void refusesMaxPagesBelowOneSayingHowToHaveNoLimit(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(
                "Hydra: maxPages must be at least 1, was -1: it is the most pages whose links are followed; for no"
                        + " limit, set it above the site's size, such as maxPages=2147483647",
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "directory", value = CLEAN_SITE)
    @MojoParameter(name = "maxPageSize", value = "0")
    void refusesAMaxPageSizeOfZeroSayingHowToHaveNoLimit(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("Hydra: maxPageSize must be at least 1 byte, was 0: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("for no limit in practice, set maxPageSize=2GB"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "files", value = "[invalid")
    void refusesAFilePatternItCannotRead(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(
                e.getMessage().startsWith("Hydra: files: the file pattern '[invalid' cannot be read: it has a '['"),
                e.getMessage());
    }

    private static String report(String name) throws IOException {
        return Files.readString(Path.of("target/harness", name, "report.json"), StandardCharsets.UTF_8);
    }
}
