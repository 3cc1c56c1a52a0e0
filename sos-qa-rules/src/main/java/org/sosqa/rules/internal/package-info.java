/**
 * Drools plumbing behind the public API of {@code org.sosqa.rules}: loading the precompiled default
 * KieBase, compiling local rule packs at runtime, and running stateless sessions.
 *
 * <p>This is the only package that may use Drools types. Classes are public only because the executable
 * model classes generated from the shipped DRL (package {@code org.sosqa.rules.defaults}) and the
 * command line need them; they are not API and may change in any release.
 *
 * <p>Threading: a {@link org.sosqa.rules.internal.LoadedRules} wraps one immutable KieBase shared by all
 * threads; every execution gets its own stateless session, and no per-request data goes into globals.
 */
package org.sosqa.rules.internal;
