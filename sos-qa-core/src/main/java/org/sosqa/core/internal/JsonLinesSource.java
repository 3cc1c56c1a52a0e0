package org.sosqa.core.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sosqa.core.BatchItem;
import org.sosqa.core.Violation;

/**
 * The documents of one JSON Lines file, one line at a time. A line longer than the document size limit is
 * skipped to its end without being held in memory, and reported. Blank lines are skipped. Lines are
 * split on the byte {@code \n}, which never occurs inside a UTF-8 multi-byte character; a {@code \r}
 * before it is dropped.
 */
final class JsonLinesSource implements AutoCloseable {

    private final String name;
    private final InputStream in;
    private final DocumentPipeline pipeline;
    private final long max;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private long lineNumber;
    private boolean done;

    JsonLinesSource(Path file, DocumentPipeline pipeline) throws IOException {
        this.name = file.toString();
        this.in = new BufferedInputStream(Files.newInputStream(file), 65536);
        this.pipeline = pipeline;
        this.max = pipeline.limits().maxDocumentBytes();
    }

    /** The next non-blank line's item, or null at the end of the file. */
    BatchItem next() {
        while (!done) {
            line.reset();
            boolean tooLong = false;
            boolean sawAny = false;
            long length = 0;
            try {
                int b;
                while ((b = in.read()) >= 0) {
                    sawAny = true;
                    if (b == '\n') {
                        break;
                    }
                    length++;
                    if (length > max + 1) {
                        tooLong = true;
                    } else {
                        line.write(b);
                    }
                }
                if (b < 0) {
                    done = true;
                }
            } catch (IOException e) {
                done = true;
                return BatchIterator.unreadable(name + ":" + (lineNumber + 1), e);
            }
            if (!sawAny) {
                return null;
            }
            lineNumber++;
            String source = name + ":" + lineNumber;
            byte[] bytes = line.toByteArray();
            int end = bytes.length;
            if (!tooLong && end > 0 && bytes[end - 1] == '\r') {
                end--;
            }
            if (tooLong || end > max) {
                return new BatchItem.InvalidCase(source, List.of(new Violation("", TreeParser.tooLarge(max))));
            }
            if (isBlank(bytes, end)) {
                continue;
            }
            byte[] document = end == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, end);
            return BatchIterator.item(source, pipeline.check(document));
        }
        return null;
    }

    private static boolean isBlank(byte[] bytes, int end) {
        for (int i = 0; i < end; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // Nothing was written, so nothing is lost.
        }
    }
}
