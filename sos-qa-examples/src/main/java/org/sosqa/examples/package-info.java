/**
 * The {@code sos-qa} command line and runnable examples of embedding sos-qa.
 */
package org.sosqa.examples;
