package org.sosqa.core.coredata;

/**
 * A set of longs in one open-addressing array (linear probing), 8 bytes a slot and at most half full: the
 * fingerprints of the children {@link CaseEpisodeStream} has closed, without a boxed object per child.
 */
final class LongHashSet {

    // 0 marks an empty slot, so the value 0 is kept aside in a flag.
    private long[] slots = new long[1024];
    private int size;
    private boolean hasZero;

    boolean contains(long value) {
        if (value == 0) {
            return hasZero;
        }
        int mask = slots.length - 1;
        for (int i = spread(value) & mask; ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == value) {
                return true;
            }
            if (s == 0) {
                return false;
            }
        }
    }

    /** Adds a value; true when it was not there. */
    boolean add(long value) {
        if (value == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if (!insert(slots, value)) {
            return false;
        }
        if (++size * 2 > slots.length) {
            long[] bigger = new long[slots.length * 2];
            for (long s : slots) {
                if (s != 0) {
                    insert(bigger, s);
                }
            }
            slots = bigger;
        }
        return true;
    }

    int size() {
        return size + (hasZero ? 1 : 0);
    }

    private static boolean insert(long[] table, long value) {
        int mask = table.length - 1;
        for (int i = spread(value) & mask; ; i = (i + 1) & mask) {
            long s = table[i];
            if (s == value) {
                return false;
            }
            if (s == 0) {
                table[i] = value;
                return true;
            }
        }
    }

    private static int spread(long value) {
        return (int) (value ^ (value >>> 32));
    }
}
