package dev.hydra.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an AsciiDoc document one line at a time for {@link AsciiDocLinks}: which block each line is in, the
 * attributes defined so far, and the links and anchors on each line of text.
 */
final class AsciiDocScanner {

    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:(!?)(\\w[\\w-]*)(!?):(?:[ \\t]+(.*))?$");
    private static final Pattern ATTRIBUTE_REFERENCE = Pattern.compile("(\\\\?)\\{(\\w[\\w-]*)\\}");
    private static final Pattern SECTION_TITLE = Pattern.compile("^(={1,6}|#{1,6})[ \\t]+(\\S.*?)(?:[ \\t]+\\1)?$");
    private static final Pattern BLOCK_ANCHOR = Pattern.compile("^\\[\\[([\\p{L}_:][\\w:.\\-]*)(?:,[^\\]]*)?\\]\\]$");
    private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("^\\[(?:|[\\w.#%{,\"'].*)\\]$");
    private static final Pattern TRAILING_ANCHOR =
            Pattern.compile("[ \\t]*\\[\\[([\\p{L}_:][\\w:.\\-]*)(?:,[^\\]]*)?\\]\\]$");
    private static final Pattern SKIPPED_DELIMITER = Pattern.compile("^(?:-{4,}|\\.{4,}|/{4,}|\\+{4,})$");
    private static final Pattern OTHER_DELIMITER = Pattern.compile("^(?:={4,}|\\*{4,}|_{4,}|--|[|,:!]={3,})$");
    private static final Pattern INDENTED_LIST_ITEM =
            Pattern.compile("^[ \\t]+(?:[*.\\-]+|\\d+\\.|[a-zA-Z]\\.|<\\d+>)[ \\t]");
    private static final Pattern PREPROCESSOR = Pattern.compile("^(?:ifn?def|ifeval|endif)::.*\\]$");
    private static final Pattern UNDEFINED_ATTRIBUTE = Pattern.compile("\\{\\w[\\w-]*\\}");
    /** Styles that make a block or paragraph verbatim or hidden. */
    private static final Set<String> SKIPPED_STYLES =
            Set.of("source", "listing", "literal", "pass", "comment", "stem", "latexmath", "asciimath");
    /** Inline passthroughs, whose text Asciidoctor leaves as it is. */
    private static final Pattern PASSTHROUGH = Pattern.compile("\\+\\+\\+.*?\\+\\+\\+|(?<!:)\\+\\+.*?\\+\\+"
            + "|(?<![\\p{L}\\p{N}_+:\\\\])\\+[^\\s+](?:[^+]*?[^\\s+])?\\+(?![\\p{L}\\p{N}_+])"
            + "|pass:[a-z,]*\\[.*?(?<!\\\\)\\]");

    private static final String ID = "[\\p{L}_:][\\w:.\\-]*";
    private static final Pattern INLINE = Pattern.compile(String.join(
            "|",
            "(?<include>^include::(?<includeTarget>[^\\[\\s][^\\[]*?)\\[)",
            "(?<blockImage>^image::(?<blockImageTarget>\\S(?:[^\\[]*\\S)?)\\[)",
            "(?<image>image:(?<imageTarget>[^:\\s\\[](?:[^\\[]*?[^\\s\\[])?)\\[)",
            "(?<link>link:(?:\\+\\+(?<linkPass>.+?)\\+\\+|(?<linkTarget>[^\\s\\[]+))\\[)",
            "(?<mailto>mailto:(?<mailtoTarget>[^\\s\\[]+)\\[)",
            "(?<xref>xref:(?<xrefTarget>[^\\s\\[]+)\\[)",
            "(?<reference><<(?<referenceTarget>[\\p{L}\\p{N}_#/.:{][^>]*?)>>)",
            "(?<url>(?<![^\\s>()\\[\\];\"'<*_`#|])(?<urlText>(?:https?|file|ftp|irc)://(?:[^\\s\\[\\]]+(?=\\[)"
                    + "|[^\\s\\[\\]<>]*[^\\s,.?!\\[\\]<>)])))",
            "(?<anchor>\\[\\[(?<anchorId>" + ID + ")(?:,[^\\]]*)?\\]\\])",
            "(?<anchorMacro>anchor:(?<anchorMacroId>" + ID + ")\\[)",
            "(?<roleAnchor>\\[#(?<roleAnchorId>" + ID + ")[^\\]]*\\]#)"));
    /** Formatting marks and quotes that may enclose a bare URL. */
    private static final String MARKS = "*_`#\"'";

    private static final Pattern DOCUMENT_EXTENSION = Pattern.compile("(?i).*\\.(?:adoc|asciidoc|asc|ad)$");
    private static final Map<String, String> INTRINSIC_ATTRIBUTES = Map.ofEntries(
            Map.entry("empty", ""),
            Map.entry("sp", " "),
            Map.entry("nbsp", "\u00a0"),
            Map.entry("zwsp", "\u200b"),
            Map.entry("amp", "&"),
            Map.entry("lt", "<"),
            Map.entry("gt", ">"),
            Map.entry("plus", "+"),
            Map.entry("startsb", "["),
            Map.entry("endsb", "]"),
            Map.entry("vbar", "|"),
            Map.entry("caret", "^"),
            Map.entry("asterisk", "*"),
            Map.entry("tilde", "~"),
            Map.entry("backslash", "\\"),
            Map.entry("backtick", "`"),
            Map.entry("two-colons", "::"),
            Map.entry("two-semicolons", ";;"),
            Map.entry("apos", "'"),
            Map.entry("quot", "\""),
            Map.entry("cpp", "C++"),
            Map.entry("pp", "++"),
            Map.entry("sectids", ""));

    /** A same-file reference to an id not known when it was read: it may name a section by its title. */
    private record Pending(int index, String id) {}

    private final URI fileUri;
    private final Map<String, String> attributes = new HashMap<>(INTRINSIC_ATTRIBUTES);
    private final List<ExtractedLink> links = new ArrayList<>();
    private final IgnoreComments ignoreComments = new IgnoreComments();
    private final Set<String> anchors = new LinkedHashSet<>();
    private final Map<String, String> idsByTitle = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();

    /** The line that closes the verbatim block being skipped, or null. */
    private String closer;
    /** Whether the lines up to the next blank line are a verbatim paragraph. */
    private boolean skippingParagraph;

    private boolean afterBlankLine = true;
    /** Whether the block attribute lines above the next block give it a verbatim style. */
    private boolean verbatimStyle;
    /** The id the block attribute lines above the next block give it, or null. */
    private String blockId;

    AsciiDocScanner(URI fileUri) {
        this.fileUri = fileUri;
    }

    void line(String raw, int number) {
        String line = raw.stripTrailing();
        if (closer != null) {
            if (line.equals(closer)) {
                closer = null;
                afterBlankLine = false;
            } else if (!closer.startsWith("/") && line.startsWith("include::")) {
                scan(substitute(line), number);
            }
            return;
        }
        if (skippingParagraph) {
            if (line.isEmpty()) {
                skippingParagraph = false;
                afterBlankLine = true;
            } else if (line.startsWith("include::")) {
                scan(substitute(line), number);
            }
            return;
        }
        if (line.isEmpty()) {
            afterBlankLine = true;
            return;
        }
        boolean startsBlock = afterBlankLine;
        afterBlankLine = false;
        if (line.startsWith("//") && !SKIPPED_DELIMITER.matcher(line).matches()) {
            ignoreComments.comment(line.substring(2), number); // a line comment, perhaps // hydra-ignore
            return;
        }
        if (SKIPPED_DELIMITER.matcher(line).matches() || line.startsWith("```")) {
            closer = line.startsWith("```") ? "```" : line;
            endOfBlockAttributes();
            return;
        }
        if (OTHER_DELIMITER.matcher(line).matches()) {
            if (verbatimStyle) {
                closer = line;
            }
            endOfBlockAttributes();
            afterBlankLine = true;
            return;
        }
        if (PREPROCESSOR.matcher(line).matches()) {
            afterBlankLine = startsBlock;
            return;
        }
        Matcher entry = ATTRIBUTE_ENTRY.matcher(line);
        if (entry.matches()) {
            defineAttribute(entry);
            afterBlankLine = true;
            return;
        }
        if (blockAttributes(line)) {
            afterBlankLine = true;
            return;
        }
        Matcher title = SECTION_TITLE.matcher(line);
        if (title.matches()) {
            section(substitute(title.group(2)), title.group(1).length() - 1, number);
            endOfBlockAttributes();
            afterBlankLine = true;
            return;
        }
        if (verbatimStyle
                || (startsBlock
                        && Character.isWhitespace(line.charAt(0))
                        && !INDENTED_LIST_ITEM.matcher(line).find())) {
            skippingParagraph = true;
            endOfBlockAttributes();
            return;
        }
        endOfBlockAttributes();
        scan(substitute(line), number);
    }

    PageLinks result() {
        for (Pending reference : pending) {
            String sectionId = idsByTitle.get(reference.id());
            if (!anchors.contains(reference.id()) && sectionId != null) {
                ExtractedLink link = links.get(reference.index());
                links.set(
                        reference.index(),
                        new ExtractedLink(
                                link.raw(),
                                UrlNormalizer.resolve("#" + sectionId, fileUri),
                                link.line(),
                                link.ignored()));
            }
        }
        return new PageLinks(links, anchors);
    }

    private void endOfBlockAttributes() {
        verbatimStyle = false;
        blockId = null;
    }

    private void defineAttribute(Matcher entry) {
        String name = entry.group(2).toLowerCase(Locale.ROOT);
        if (!entry.group(1).isEmpty() || !entry.group(3).isEmpty()) {
            attributes.remove(name);
        } else {
            attributes.put(name, entry.group(4) == null ? "" : substitute(entry.group(4)));
        }
    }

    /** Reads a block attribute line ({@code [source,java]}, {@code [#id.role]}, {@code [[id]]}), if it is one. */
    private boolean blockAttributes(String line) {
        Matcher anchor = BLOCK_ANCHOR.matcher(line);
        if (anchor.matches()) {
            blockId = anchor.group(1);
            anchors.add(blockId);
            return true;
        }
        if (!BLOCK_ATTRIBUTES.matcher(line).matches() || line.length() < 2) {
            return false;
        }
        String first = line.substring(1, line.length() - 1).split(",", 2)[0].strip();
        String style = first.split("[#.%]", 2)[0];
        if (SKIPPED_STYLES.contains(style.toLowerCase(Locale.ROOT))) {
            verbatimStyle = true;
        }
        int hash = first.indexOf('#');
        if (hash >= 0) {
            String id = first.substring(hash + 1).split("[#.%]", 2)[0];
            if (!id.isEmpty()) {
                blockId = id;
                anchors.add(id);
            }
        }
        return true;
    }

    private void section(String title, int level, int number) {
        String text = title;
        String id = blockId;
        Matcher trailing = TRAILING_ANCHOR.matcher(title);
        if (trailing.find()) {
            id = trailing.group(1);
            text = title.substring(0, trailing.start());
        }
        scan(title, number);
        if (level == 0) {
            return; // the document title has no id
        }
        if (id == null && !attributes.containsKey("sectids")) {
            return; // generated ids are turned off
        }
        if (id == null) {
            id = AsciiDocSectionIds.generate(
                    text,
                    attributes.getOrDefault("idprefix", "_"),
                    attributes.getOrDefault("idseparator", "_"),
                    anchors);
        }
        anchors.add(id);
        idsByTitle.putIfAbsent(text.strip(), id);
    }

    /** Replaces defined attribute references; {@code \{name}} and undefined ones stay as they are. */
    private String substitute(String text) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        Matcher reference = ATTRIBUTE_REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (reference.find()) {
            String value = attributes.get(reference.group(2).toLowerCase(Locale.ROOT));
            String replacement = !reference.group(1).isEmpty()
                    ? reference.group().substring(1)
                    : value == null ? reference.group() : value;
            reference.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        reference.appendTail(out);
        return out.toString();
    }

    /** Finds the links and anchors on one line of text, attribute references already replaced. */
    private void scan(String line, int number) {
        if (line.indexOf(':') < 0 && line.indexOf('[') < 0 && line.indexOf('<') < 0) {
            return; // every link and anchor has one of these
        }
        String text = line.indexOf('+') < 0 && !line.contains("pass:")
                ? line
                : PASSTHROUGH.matcher(line).replaceAll(" ");
        Matcher m = INLINE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end();
            if (m.start() > 0 && text.charAt(m.start() - 1) == '\\') {
                continue; // escaped: shown as written
            }
            if (m.group("include") != null) {
                add(m.group("includeTarget"), number);
            } else if (m.group("blockImage") != null) {
                image(m.group("blockImageTarget"), number);
            } else if (m.group("image") != null) {
                image(m.group("imageTarget"), number);
            } else if (m.group("link") != null) {
                add(m.group("linkPass") != null ? m.group("linkPass") : m.group("linkTarget"), number);
            } else if (m.group("mailto") != null) {
                add("mailto:" + m.group("mailtoTarget"), number);
            } else if (m.group("xref") != null) {
                reference(m.group("xrefTarget"), number);
            } else if (m.group("reference") != null) {
                reference(m.group("referenceTarget").split(",", 2)[0].strip(), number);
            } else if (m.group("url") != null) {
                add(url(text, m.start(), m.group("urlText")), number);
            } else {
                String id = m.group("anchor") != null
                        ? m.group("anchorId")
                        : m.group("anchorMacro") != null ? m.group("anchorMacroId") : m.group("roleAnchorId");
                anchors.add(id);
            }
            if (text.charAt(m.end() - 1) == '[') {
                from = endOfMacroText(text, m.end());
            } else if (m.end() < text.length() && text.charAt(m.end()) == '[') {
                from = endOfMacroText(text, m.end() + 1); // a URL's [text]
            }
        }
    }

    /**
     * A bare URL inside formatting marks or quotes ({@code *https://x*}, {@code "https://x?"}) ends before the
     * closing marks and the punctuation before them.
     */
    private static String url(String text, int start, String url) {
        if (start == 0 || MARKS.indexOf(text.charAt(start - 1)) < 0) {
            return url;
        }
        int end = url.length();
        while (end > 0 && MARKS.indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        while (end > 0 && ",.?!)".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }

    /** The index after the {@code ]} that closes a macro's text, or the line's end when it goes on below. */
    private static int endOfMacroText(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']') {
                return i + 1;
            }
        }
        return text.length();
    }

    /**
     * A cross reference: {@code id} is {@code #id} in this file, {@code other.adoc} and {@code other.adoc#id} the
     * other file, and {@code other#id} is {@code other.adoc#id}.
     */
    private void reference(String target, int number) {
        int hash = target.indexOf('#');
        if (hash < 0 && !DOCUMENT_EXTENSION.matcher(target).matches()) {
            if (!anchors.contains(target)) {
                pending.add(new Pending(links.size(), target));
            }
            add("#" + target, number);
            return;
        }
        if (hash <= 0) {
            add(target, number);
            return;
        }
        String path = target.substring(0, hash);
        String name = path.substring(path.lastIndexOf('/') + 1);
        add((name.contains(".") ? path : path + ".adoc") + target.substring(hash), number);
    }

    private void image(String target, int number) {
        String imagesDir = attributes.getOrDefault("imagesdir", "");
        boolean relative = !target.startsWith("/") && !target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
        if (relative && !imagesDir.isEmpty()) {
            add(imagesDir.endsWith("/") ? imagesDir + target : imagesDir + "/" + target, number);
        } else {
            add(target, number);
        }
    }

    private void add(String raw, int number) {
        Matcher undefined = UNDEFINED_ATTRIBUTE.matcher(raw);
        LinkTarget target = undefined.find()
                ? new LinkTarget.Invalid(raw, "undefined attribute " + undefined.group())
                : UrlNormalizer.resolve(raw, fileUri);
        links.add(new ExtractedLink(raw, target, number, ignoreComments.ignores(number)));
    }
}
