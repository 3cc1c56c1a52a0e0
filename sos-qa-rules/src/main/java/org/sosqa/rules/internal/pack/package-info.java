/**
 * Local rule packs: reading a pack's folder, checking every file and naming the broken ones in the rule
 * author's terms, compiling only the pack's own rules at runtime, and its golden cases.
 */
package org.sosqa.rules.internal.pack;
