package dev.hydra.cache;

import dev.hydra.extract.DocumentLinks;
import dev.hydra.extract.ExtractedLink;
import dev.hydra.extract.LinkTarget;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One page's extraction as bytes, and back. A served site's own URLs are written without the root its pages are
 * resolved against (its public URL, or Hydra's stand-in for it; never the served copy's port, which changes with every
 * check), the same for every link of the site. Strings are a length and UTF-8 bytes: a {@code data:} URL may be longer
 * than {@link DataOutputStream#writeUTF} allows.
 */
final class PageCodec {

    private static final int WEB_ON_ORIGIN = 0;
    private static final int WEB = 1;
    private static final int UNFETCHABLE = 2;
    private static final int INVALID = 3;
    private static final int IGNORED = 0x10;

    /** The root the served site's pages are resolved against, with its slash, or null without a served site. */
    private final String origin;

    PageCodec(String origin) {
        this.origin = origin;
    }

    byte[] encode(DocumentLinks page) {
        ByteArrayOutputStream bytes =
                new ByteArrayOutputStream(256 + 64 * page.links().size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(page.links().size());
            for (ExtractedLink link : page.links()) {
                LinkTarget target = link.target();
                int flags = link.ignored() ? IGNORED : 0;
                if (target instanceof LinkTarget.Web web) {
                    boolean onOrigin = origin != null && web.url().startsWith(origin);
                    out.writeByte(flags | (onOrigin ? WEB_ON_ORIGIN : WEB));
                    writeString(out, onOrigin ? web.url().substring(origin.length()) : web.url());
                } else if (target instanceof LinkTarget.Unfetchable unfetchable) {
                    out.writeByte(flags | UNFETCHABLE);
                    writeString(out, unfetchable.url());
                    writeString(out, unfetchable.scheme());
                } else {
                    LinkTarget.Invalid invalid = (LinkTarget.Invalid) target;
                    out.writeByte(flags | INVALID);
                    writeString(out, invalid.url());
                    writeString(out, invalid.why());
                }
                writeString(out, link.raw());
                out.writeInt(link.line());
            }
            out.writeInt(page.anchors().size());
            for (String anchor : page.anchors()) {
                writeString(out, anchor);
            }
            out.writeBoolean(page.problem() != null);
            if (page.problem() != null) {
                writeString(out, page.problem());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail to be written
        }
        return bytes.toByteArray();
    }

    /** @throws IllegalArgumentException when the bytes are no page written by {@link #encode} */
    DocumentLinks decode(byte[] payload) {
        ByteBuffer in = ByteBuffer.wrap(payload);
        try {
            int links = count(in);
            List<ExtractedLink> found = new ArrayList<>(links);
            for (int i = 0; i < links; i++) {
                int flags = in.get();
                int kind = flags & ~IGNORED;
                LinkTarget target = switch (kind) {
                    case WEB_ON_ORIGIN -> {
                        if (origin == null) {
                            throw new IllegalArgumentException("a link on the site's origin, with no site");
                        }
                        yield new LinkTarget.Web(origin + readString(in));
                    }
                    case WEB -> new LinkTarget.Web(readString(in));
                    case UNFETCHABLE -> new LinkTarget.Unfetchable(readString(in), readString(in));
                    case INVALID -> new LinkTarget.Invalid(readString(in), readString(in));
                    default -> throw new IllegalArgumentException("unknown link kind " + kind);
                };
                String raw = readString(in);
                found.add(new ExtractedLink(raw, target, in.getInt(), (flags & IGNORED) != 0));
            }
            int anchors = count(in);
            Set<String> ids = new HashSet<>(Math.max(16, anchors * 2));
            for (int i = 0; i < anchors; i++) {
                ids.add(readString(in));
            }
            String problem = in.get() != 0 ? readString(in) : null;
            if (in.hasRemaining()) {
                throw new IllegalArgumentException("bytes after the page");
            }
            return new DocumentLinks(found, ids, problem);
        } catch (java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException("the page ends early", e);
        }
    }

    private static int count(ByteBuffer in) {
        int count = in.getInt();
        if (count < 0 || count > in.remaining()) {
            throw new IllegalArgumentException("a count of " + count + " with " + in.remaining() + " bytes left");
        }
        return count;
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(ByteBuffer in) {
        int length = count(in);
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }
}
