package org.sosqa.core;

/**
 * Limits that protect the reader from documents that are too big or too deep, whether by mistake or by
 * malice. A document over a limit is reported as a {@link Violation} with its location; the reader never
 * runs out of memory or stack on it.
 *
 * <p>The defaults ({@link #DEFAULTS}) are far above what a real case needs (a large case is a few hundred
 * kilobytes, nested about ten levels deep):
 * <ul>
 *   <li>{@code maxDocumentBytes}: 16 MiB (16,777,216 bytes) per document, and per line of a JSON Lines
 *       file; counted on the bytes read, so it holds for streams of unknown length;</li>
 *   <li>{@code maxNestingDepth}: 64 levels of objects and arrays;</li>
 *   <li>{@code maxStringLength}: 1,000,000 characters in one string value;</li>
 *   <li>{@code maxNumberLength}: 100 characters in one number;</li>
 *   <li>{@code maxPropertyNameLength}: 1,000 characters in one property name.</li>
 * </ul>
 * The parsing limits are enforced by Jackson's {@code StreamReadConstraints}; the size by counting bytes.
 *
 * @param maxDocumentBytes the largest document, in bytes; at least 1
 * @param maxNestingDepth the deepest nesting of objects and arrays; at least 1
 * @param maxStringLength the longest string value, in characters; at least 1
 * @param maxNumberLength the longest number, in characters; at least 1
 * @param maxPropertyNameLength the longest property name, in characters; at least 1
 */
public record ReadLimits(
        long maxDocumentBytes,
        int maxNestingDepth,
        int maxStringLength,
        int maxNumberLength,
        int maxPropertyNameLength) {

    /** The default limits: 16 MiB, depth 64, strings of 1,000,000 characters, numbers of 100, names of 1,000. */
    public static final ReadLimits DEFAULTS = new ReadLimits(16L * 1024 * 1024, 64, 1_000_000, 100, 1_000);

    /**
     * Checks every limit is positive.
     *
     * @throws IllegalArgumentException if a limit is zero or negative
     */
    public ReadLimits {
        positive("maxDocumentBytes", maxDocumentBytes);
        positive("maxNestingDepth", maxNestingDepth);
        positive("maxStringLength", maxStringLength);
        positive("maxNumberLength", maxNumberLength);
        positive("maxPropertyNameLength", maxPropertyNameLength);
    }

    /**
     * The default limits.
     *
     * @return {@link #DEFAULTS}
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * These limits with another document size.
     *
     * @param bytes the largest document, in bytes
     * @return the new limits
     */
    public ReadLimits withMaxDocumentBytes(long bytes) {
        return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxNumberLength, maxPropertyNameLength);
    }

    /**
     * These limits with another nesting depth.
     *
     * @param depth the deepest nesting of objects and arrays
     * @return the new limits
     */
    public ReadLimits withMaxNestingDepth(int depth) {
        return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength, maxPropertyNameLength);
    }

    /**
     * These limits with another string length.
     *
     * @param chars the longest string value, in characters
     * @return the new limits
     */
    public ReadLimits withMaxStringLength(int chars) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, chars, maxNumberLength, maxPropertyNameLength);
    }

    /**
     * These limits with another number length.
     *
     * @param chars the longest number, in characters
     * @return the new limits
     */
    public ReadLimits withMaxNumberLength(int chars) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, chars, maxPropertyNameLength);
    }

    /**
     * These limits with another property name length.
     *
     * @param chars the longest property name, in characters
     * @return the new limits
     */
    public ReadLimits withMaxPropertyNameLength(int chars) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, chars);
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }
}
