/**
 * Test support shared with the other modules through the core test-jar: a seeded generator of arbitrary
 * valid case records, and of invalid documents made from them by seeded mutation. Replay any failure
 * from its seed.
 */
package org.sosqa.core.testing;
