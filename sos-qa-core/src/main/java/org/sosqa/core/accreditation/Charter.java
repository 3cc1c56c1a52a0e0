package org.sosqa.core.accreditation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A charter of principles an organisation signs before it applies, as Athena Swan's (domain.md §4.1).
 * {@link #proposed()} is the library's own proposal, drawn from the mapping in domain.md §4.2 (itself an
 * inference: no published Signs of Safety scheme exists); whoever runs a scheme can build their own or
 * read one with {@link #read(InputStream)}.
 *
 * @param id the charter's id
 * @param version its version
 * @param title its title
 * @param principles its principles, in order
 */
public record Charter(String id, String version, String title, List<Principle> principles) {

    static final String PROPOSED = "/org/sosqa/core/accreditation/charter.json";

    public Charter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        principles = List.copyOf(principles);
    }

    /**
     * The library's proposed charter: ten principles, from domain.md §4.2.
     *
     * @return the charter
     */
    public static Charter proposed() {
        try (InputStream in = Charter.class.getResourceAsStream(PROPOSED)) {
            if (in == null) {
                throw new IllegalStateException("the proposed charter is missing from the class path: " + PROPOSED);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a charter document: {@code {"id", "version", "title", "principles":[{"id","title","text","source"}]}}.
     *
     * @param in the document, UTF-8; not closed
     * @return the charter
     * @throws IllegalArgumentException listing every problem with its JSON Pointer, when it is not valid
     */
    public static Charter read(InputStream in) {
        Fields f = new Fields();
        JsonNode root = f.parse(in);
        if (root != null) {
            f.known(root, "", "id", "version", "title", "principles");
            String id = f.text(root, "", "id", true);
            String version = f.text(root, "", "version", true);
            String title = f.text(root, "", "title", true);
            List<Principle> principles = new ArrayList<>();
            f.objects(root, "", "principles", true, (node, at) -> {
                f.known(node, at, "id", "title", "text", "source");
                String pid = f.text(node, at, "id", true);
                String ptitle = f.text(node, at, "title", true);
                String text = f.text(node, at, "text", true);
                String source = f.text(node, at, "source", true);
                if (pid != null && ptitle != null && text != null && source != null) {
                    principles.add(new Principle(pid, ptitle, text, source));
                }
            });
            if (f.clean()) {
                return new Charter(id, version, title, principles);
            }
        }
        throw new IllegalArgumentException("invalid charter: " + f.violations());
    }
}
