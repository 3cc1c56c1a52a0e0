/**
 * The accreditation engine's implementation: the facts made from a self-assessment, the sheet criteria
 * write to, running the criteria over one shared KieBase, and loading a scheme's own criteria pack.
 */
package org.sosqa.rules.internal.accreditation;
