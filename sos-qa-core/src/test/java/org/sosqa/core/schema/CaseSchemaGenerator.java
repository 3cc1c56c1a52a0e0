package org.sosqa.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import org.sosqa.core.Agreement;
import org.sosqa.core.Assessment;
import org.sosqa.core.CaseEvent;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.Child;
import org.sosqa.core.ChildVoiceTool;
import org.sosqa.core.ChildVoiceWork;
import org.sosqa.core.CollaborativeAudit;
import org.sosqa.core.ComplicatingFactor;
import org.sosqa.core.CriterionRating;
import org.sosqa.core.DangerStatement;
import org.sosqa.core.EventType;
import org.sosqa.core.ExistingSafety;
import org.sosqa.core.ExistingStrength;
import org.sosqa.core.FamilyPosition;
import org.sosqa.core.HarmStatement;
import org.sosqa.core.Identifier;
import org.sosqa.core.LearningAction;
import org.sosqa.core.NetworkMember;
import org.sosqa.core.NextStep;
import org.sosqa.core.Participant;
import org.sosqa.core.Person;
import org.sosqa.core.PersonKind;
import org.sosqa.core.PlanRule;
import org.sosqa.core.Role;
import org.sosqa.core.SafetyGoal;
import org.sosqa.core.SafetyPlan;
import org.sosqa.core.SafetyScale;
import org.sosqa.core.ScaleRating;
import org.sosqa.core.ServiceStage;
import org.sosqa.core.SosQaJson;
import org.sosqa.core.internal.CaseWriter;

/**
 * Generates the JSON Schema of a case document from the model records with victools
 * jsonschema-generator (Jackson and Jakarta Validation modules), then adds what reflection cannot see:
 * the {@code schemaVersion} property, the descriptions from the javadoc, and the document's
 * {@code $id} and title.
 *
 * <p>Run {@code mvn -pl sos-qa-core test -Dtest=CaseSchemaGoldenTest -Dsosqa.updateGolden=true} to
 * rewrite the shipped file after changing the model.
 */
public final class CaseSchemaGenerator {

    /** The schema's {@code $id}: a URN, so that no validator tries to fetch it. */
    public static final String SCHEMA_ID = "urn:sosqa:schema:case-document:1";

    /** Where the shipped schema lives in the source tree, relative to the module directory. */
    public static final Path SHIPPED = Path.of("src/main/resources").resolve(SosQaJson.SCHEMA_RESOURCE);

    /** What text annotated {@code @NotBlank} must match: at least one character that is not white space. */
    public static final String NOT_BLANK_PATTERN = "\\S";

    /** Every type of the model that can appear in a document. */
    static final List<Class<?>> MODEL = List.of(CaseRecord.class, Agreement.class, Assessment.class,
            CaseEvent.class, Child.class, ChildVoiceTool.class, ChildVoiceWork.class, CollaborativeAudit.class,
            ComplicatingFactor.class, CriterionRating.class, DangerStatement.class, EventType.class,
            ExistingSafety.class, ExistingStrength.class, FamilyPosition.class, HarmStatement.class,
            LearningAction.class, NetworkMember.class, NextStep.class, Participant.class, Person.class,
            PersonKind.class, PlanRule.class, Role.class, SafetyGoal.class, SafetyPlan.class, SafetyScale.class,
            ScaleRating.class, ServiceStage.class);

    private final JavadocIndex javadoc;

    CaseSchemaGenerator(JavadocIndex javadoc) {
        this.javadoc = javadoc;
    }

    /**
     * Generates the schema and prints it.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        System.out.print(new CaseSchemaGenerator(JavadocIndex.ofModel()).generateText());
    }

    /** The schema as pretty-printed text, with the same printer as case documents, ending with a newline. */
    String generateText() {
        try {
            return CaseWriter.prettyWriter().writeValueAsString(generate()) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ObjectNode generate() {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(
                SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                        JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.STANDARD_FORMATS,
                        Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES, Option.DEFINITIONS_FOR_ALL_OBJECTS);
        builder.forTypesInGeneral().withPropertySorter(Comparator.comparingInt(CaseSchemaGenerator::componentIndex));
        builder.forFields()
                .withRequiredCheck(f -> !f.isFakeContainerItemScope() && f.getType().isPrimitive())
                .withStringPatternResolver(CaseSchemaGenerator::stringPattern)
                .withNumberInclusiveMinimumResolver(f -> isInt(f) ? BigDecimal.valueOf(Integer.MIN_VALUE) : null)
                .withNumberInclusiveMaximumResolver(f -> isInt(f) ? BigDecimal.valueOf(Integer.MAX_VALUE) : null)
                .withDescriptionResolver(f -> f.isFakeContainerItemScope() ? null
                        : javadoc.param(f.getDeclaringType().getErasedType().getSimpleName(), f.getDeclaredName()));
        builder.forTypesInGeneral().withDescriptionResolver(scope -> {
            Class<?> type = scope.getType().getErasedType();
            if (!type.getPackageName().equals(CaseRecord.class.getPackageName())) {
                return null;
            }
            String text = javadoc.type(type.getSimpleName());
            if (type.isEnum()) {
                StringBuilder sb = new StringBuilder(text == null ? "" : text);
                for (Map.Entry<String, String> e : javadoc.constants(type.getSimpleName()).entrySet()) {
                    sb.append(' ').append(e.getKey()).append(": ").append(e.getValue());
                }
                return sb.toString().trim();
            }
            return text;
        });
        SchemaGenerator generator = new SchemaGenerator(builder.build());
        ObjectNode generated = generator.generateSchema(CaseRecord.class);
        return finish(generated);
    }

    private ObjectNode finish(ObjectNode generated) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", generated.path("$schema").asText());
        root.put("$id", SCHEMA_ID);
        root.put("title", "Signs of Safety case document, version 1");
        root.put("description", javadoc.type("CaseRecord") + " Absent optional values are left out; null is not accepted. "
                + "Identifiers match " + Identifier.PATTERN + ". Dates are ISO-8601 calendar dates, YYYY-MM-DD.");
        root.put("type", "object");
        ObjectNode properties = root.putObject("properties");
        ObjectNode version = properties.putObject("schemaVersion");
        version.put("description", "The version of this format, MAJOR.MINOR. This library writes \"1.0\" and reads any "
                + "1.x (properties added by a later minor are ignored); another major version is refused.");
        version.put("type", "string");
        version.put("pattern", "^1\\.[0-9]{1,4}$");
        properties.setAll((ObjectNode) generated.get("properties"));
        ArrayNode required = root.putArray("required");
        required.add("schemaVersion");
        required.addAll((ArrayNode) generated.get("required"));
        root.set("additionalProperties", generated.get("additionalProperties"));
        root.set("$defs", sortFields((ObjectNode) generated.get("$defs")));
        inlineMaps(root);
        rewordDescriptions(root);
        return root;
    }

    private static ObjectNode sortFields(ObjectNode node) {
        ObjectNode sorted = node.objectNode();
        List<String> names = new java.util.ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        names.sort(null);
        for (String name : names) {
            JsonNode child = node.get(name);
            sorted.set(name, child);
        }
        return sorted;
    }

    /** Identifiers get their pattern; {@code @NotBlank} text must hold a character that is not white space. */
    private static String stringPattern(FieldScope f) {
        if (f.isFakeContainerItemScope()) {
            return f.getContainerItemAnnotationConsideringFieldAndGetterIfSupported(Identifier.class) == null
                    ? null : Identifier.PATTERN;
        }
        if (f.getAnnotationConsideringFieldAndGetterIfSupported(Identifier.class) != null) {
            return Identifier.PATTERN;
        }
        return f.getAnnotationConsideringFieldAndGetterIfSupported(NotBlank.class) == null ? null : NOT_BLANK_PATTERN;
    }

    /**
     * Map components ({@code Child.characteristics}) as plain objects: the map's {@code @Size} as
     * {@code maxProperties}, the key's as {@code propertyNames} lengths, the value's as its
     * {@code maxLength}. victools would otherwise give them a shared definition without these.
     */
    private void inlineMaps(ObjectNode root) {
        ObjectNode defs = (ObjectNode) root.get("$defs");
        for (Class<?> type : MODEL) {
            if (!type.isRecord()) {
                continue;
            }
            for (RecordComponent c : type.getRecordComponents()) {
                if (!Map.class.isAssignableFrom(c.getType())) {
                    continue;
                }
                ObjectNode properties = (ObjectNode) (type == CaseRecord.class ? root : defs.get(type.getSimpleName()))
                        .get("properties");
                ObjectNode old = (ObjectNode) properties.get(c.getName());
                ObjectNode map = properties.objectNode();
                map.put("description", old.path("description").asText());
                map.put("type", "object");
                Size size = field(type, c.getName()).getAnnotation(Size.class);
                if (size != null && size.max() != Integer.MAX_VALUE) {
                    map.put("maxProperties", size.max());
                }
                AnnotatedType[] args = ((AnnotatedParameterizedType) c.getAnnotatedType()).getAnnotatedActualTypeArguments();
                ObjectNode names = map.putObject("propertyNames");
                names.put("type", "string");
                lengths(names, args[0].getAnnotation(Size.class));
                ObjectNode values = map.putObject("additionalProperties");
                values.put("type", "string");
                lengths(values, args[1].getAnnotation(Size.class));
                properties.set(c.getName(), map);
            }
        }
        for (Iterator<String> it = defs.fieldNames(); it.hasNext();) {
            if (it.next().startsWith("Map(")) {
                it.remove();
            }
        }
    }

    private static java.lang.reflect.Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("a record component has a field", e);
        }
    }

    private static void lengths(ObjectNode node, Size size) {
        if (size != null && size.min() > 0) {
            node.put("minLength", size.min());
        }
        if (size != null && size.max() != Integer.MAX_VALUE) {
            node.put("maxLength", size.max());
        }
    }

    /**
     * Javadoc speaks Java: "or null" means the property is left out of a document. Cross-references to
     * the project's domain notes are dropped; they are not shipped.
     */
    private static void rewordDescriptions(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode d = object.get("description");
            if (d != null && d.isTextual()) {
                String text = d.asText()
                        .replaceAll("\\s*\\(domain\\.md[^)]*\\)", "")
                        .replace(", or null", ", or left out")
                        .replace("; null for", "; left out for")
                        .replace("; otherwise null", "; otherwise left out")
                        .replace("; never null", "")
                        .replace(", never null", "")
                        .replace("; null where", "; left out where");
                object.put("description", text);
            }
        }
        node.forEach(CaseSchemaGenerator::rewordDescriptions);
    }

    private static boolean isInt(FieldScope f) {
        Class<?> t = f.getType().getErasedType();
        return t == int.class || t == Integer.class;
    }

    private static int componentIndex(MemberScope<?, ?> member) {
        Class<?> type = member.getDeclaringType().getErasedType();
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            return Integer.MAX_VALUE;
        }
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        int i = names.indexOf(member.getDeclaredName());
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
