package dev.hydra.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Heading ids as GitHub (github-slugger) makes them. */
class GitHubSlugsTest {

    private static String slug(String text) {
        return new GitHubSlugs().slug(text);
    }

    private static List<String> slugs(String... texts) {
        GitHubSlugs slugs = new GitHubSlugs();
        return List.of(texts).stream().map(slugs::slug).collect(Collectors.toList());
    }

    @Test
    void punctuationIsDroppedAndSpacesBecomeDashes() {
        assertEquals("hello-world", slug("Hello, World!"));
        assertEquals("api-v2--usage", slug("API (v2) — Usage"));
        assertEquals("c--java", slug("C++ & Java"));
        assertEquals("heading-with-a-periodtxt", slug("heading with a period.txt"));
        assertEquals("apostrophes-should-be-trimmed", slug("apostrophe’s should be trimmed"));
        assertEquals("endash", slug("en–dash"));
    }

    @Test
    void dashesAndUnderscoresStayAndAreNotCollapsed() {
        assertEquals("foo_bar", slug("foo_bar"));
        assertEquals("heading-with-a---dash", slug("heading with a - dash"));
        assertEquals("-a-", slug(" a "));
    }

    @Test
    void lettersOfEveryScriptStayLowerCased() {
        assertEquals("日本語の見出し", slug("日本語の見出し"));
        assertEquals("über-uns", slug("Über uns"));
        assertEquals("привет-non-latin-你好", slug("Привет non-latin 你好"));
        assertEquals("ⅻ-roman", slug("Ⅻ roman"), "a letter number is alphabetic");
    }

    @Test
    void emojiSymbolsAndOtherNumbersAreDropped() {
        assertEquals("émoji--party", slug("Émoji 🎉 party"));
        assertEquals("-unicode-emoji", slug("😄 unicode emoji"));
        assertEquals("i--unicode", slug("I ♥ unicode"));
        assertEquals("x-squared", slug("x² squared"));
        assertEquals("ab", slug("a\u00a0b"), "a no-break space is a separator, not a space");
        assertEquals("ab", slug("a\nb"), "a line break is a control character");
    }

    @Test
    void duplicatesGetACounterPerOriginalSlug() {
        assertEquals(List.of("usage", "usage-1", "usage-2"), slugs("Usage", "Usage", "Usage"));
        // github-slugger's own fixture: "echo 1" collides with the generated "echo-1"
        assertEquals(
                List.of("echo", "echo-1", "echo-1-1", "echo-1-2", "echo-2"),
                slugs("echo", "echo", "echo 1", "echo-1", "echo"));
        assertEquals(List.of("foxtrot-1", "foxtrot", "foxtrot-2"), slugs("foxtrot-1", "foxtrot", "foxtrot"));
    }

    @Test
    void eachDocumentStartsAfresh() {
        assertEquals("usage", slug("Usage"));
        assertEquals("usage", slug("Usage"));
    }

    @Test
    void userContentPrefixNamesThePlainId() {
        assertEquals("install", GitHubSlugs.withoutUserContentPrefix("user-content-install"));
        assertEquals("install", GitHubSlugs.withoutUserContentPrefix("install"));
    }
}
