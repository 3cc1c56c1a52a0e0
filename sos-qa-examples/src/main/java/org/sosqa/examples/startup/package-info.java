/**
 * Tiny programs whose whole run is timed from outside, in a JVM of their own: {@link
 * org.sosqa.examples.startup.FirstAudit} (JVM start to the first audit report) and its baseline {@link
 * org.sosqa.examples.startup.EmptyMain}. They live outside the benchmark package so that the runnable
 * {@code sos-qa.jar} carries them too.
 */
package org.sosqa.examples.startup;
