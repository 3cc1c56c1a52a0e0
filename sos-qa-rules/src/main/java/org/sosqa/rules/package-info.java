/**
 * The practice-depth audit: statement analysis and rule-based scoring of a case.
 */
package org.sosqa.rules;
