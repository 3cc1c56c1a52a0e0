/**
 * Generation of the shipped JSON Schema from the model records, and the tests that keep the shipped file
 * equal to what the records say. Test code only: the schema in the jar is a plain resource.
 */
package org.sosqa.core.schema;
