package org.quarterhour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quarterhour.inventory.FacilityType;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.json.Json;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * standards/inventory.schema.json, the JSON Schema editors use to complete and check inventories as they are typed,
 * accepts every inventory the project ships (fixtures and every case's inline inventory) and refuses broken ones.
 */
class InventorySchemaTest {
    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        try {
            JsonNode node = Json.mapper().readTree(Repo.root().resolve("standards/inventory.schema.json").toFile());
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node, config);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** YAML as an editor's YAML 1.2 reading sees it: dates stay text (SnakeYAML would make them timestamps). */
    private static Object load(String text) {
        Resolver noTimestamps = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
                addImplicitResolver(Tag.INT, INT, "-+0123456789");
                addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
                addImplicitResolver(Tag.MERGE, MERGE, "<");
                addImplicitResolver(Tag.NULL, NULL, "~nN\0");
                addImplicitResolver(Tag.NULL, EMPTY, null);
            }
        };
        LoaderOptions options = new LoaderOptions();
        DumperOptions dump = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dump), dump, options, noTimestamps).load(text);
    }

    private static Set<String> problems(Object inventory) {
        Set<String> messages = new TreeSet<>();
        for (ValidationMessage m : SCHEMA.validate(Json.mapper().valueToTree(inventory))) {
            messages.add(m.getInstanceLocation() + " " + m.getType());
        }
        return messages;
    }

    static Stream<Arguments> shippedInventories() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (Path file : Repo.files(Repo.fixtures().resolve("inventories"), "*.yaml")) {
            all.add(Arguments.of(Repo.root().relativize(file).toString(), load(Files.readString(file, StandardCharsets.UTF_8))));
        }
        List<Path> cases = new ArrayList<>(Repo.files(Repo.fixtures(), "*/cases/*.yaml"));
        cases.addAll(Repo.files(Repo.rules(), "*/*/tests/*.yaml"));
        for (Path file : cases) {
            if (load(Files.readString(file, StandardCharsets.UTF_8)) instanceof Map<?, ?> c && c.get("inventory") != null) {
                all.add(Arguments.of(Repo.root().relativize(file) + " (inline)", c.get("inventory")));
            }
        }
        assertTrue(all.size() > 50, "expected the fixtures and every pack's cases, found " + all.size());
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedInventories")
    void every_shipped_inventory_validates(String name, Object inventory) {
        assertEquals(Set.of(), problems(inventory), name);
    }

    @Test
    void broken_inventories_are_refused_at_the_broken_place() throws IOException {
        Map<String, String> wanted = Map.of(
                "misspelt-key.yaml", "/compounds/0 additionalProperties",
                "wrong-schema.yaml", "/schema const",
                "missing-required-fields.yaml", "/community required",
                "unknown-crs.yaml", "/facilities/0/crs pattern",
                "unknown-facility-type.yaml", "/facilities/0/type enum",
                "coordinates-out-of-range.yaml", "/compounds/0/gates/0/at/0 maximum",
                "walk-beyond-any-circle.yaml", "/facilities/0/walk_m/A2 maximum",
                "bad-serves-and-date.yaml", "/inspection/date format",
                "no-compounds.yaml", "/compounds minItems");
        for (var e : wanted.entrySet()) {
            Set<String> found = problems(load(Files.readString(Repo.fixtures().resolve("invalid").resolve(e.getKey()), StandardCharsets.UTF_8)));
            assertTrue(found.contains(e.getValue()), e.getKey() + ": " + found);
        }
    }

    @Test
    void the_facility_types_it_completes_are_exactly_the_vocabulary() throws IOException {
        JsonNode schema = Json.mapper().readTree(Repo.root().resolve("standards/inventory.schema.json").toFile());
        Set<String> inSchema = new TreeSet<>();
        schema.at("/$defs/facilityType/enum").forEach(n -> inSchema.add(n.asText()));
        Set<String> words = new TreeSet<>();
        for (FacilityType t : Vocabulary.bundled().types()) {
            words.add(t.code());
            words.add(t.name());
            words.addAll(t.aliases());
        }
        assertFalse(words.isEmpty());
        assertEquals(words, inSchema, "standards/inventory.schema.json $defs.facilityType.enum must list every code, name and alias of "
                + "standards/facility-types.yaml (and nothing else)");
        assertEquals(new LinkedHashSet<>(inSchema).size(), schema.at("/$defs/facilityType/enum").size(), "no word twice");
    }
}
