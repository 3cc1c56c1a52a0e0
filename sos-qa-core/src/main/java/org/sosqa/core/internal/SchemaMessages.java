package org.sosqa.core.internal; class SchemaMessages { static String describeType(com.fasterxml.jackson.databind.JsonNode n) { return n.getNodeType().toString(); } }
