package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.appsim.session.model.NodeKind;
import dev.appsim.session.model.NodeMember;
import dev.appsim.session.model.WireNamed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema is a resource the compiler cannot check, so this test holds its node definition to
 * the model's table of node members and kinds: a member or kind added to one and not the other
 * fails here.
 */
class SchemaNodeMembersTest {
  private static final JsonNode NODE = JsonMapper.builder().build().readTree(SessionSchema.text())
      .get("$defs").get("node");

  @Test
  void nodePropertiesAreTheMemberTable() {
    assertEquals(NodeMember.wireNames(), names(NODE.get("properties").propertyNames()));
  }

  @Test
  void nodeKindsAreTheKindEnum() {
    assertEquals(Stream.of(NodeKind.values()).map(WireNamed::wireName).toList(),
        NODE.get("properties").get("kind").get("enum").valueStream().map(JsonNode::asString).toList());
  }

  @Test
  void requiredMembersOfEveryNodeAreTheTablesOnes() {
    assertEquals(requiredOf(null), NODE.get("required").valueStream().map(JsonNode::asString).toList());
  }

  @Test
  void eachKindRequiresItsOwnMembers() {
    Map<String, List<String>> fromSchema = new LinkedHashMap<>();
    for (JsonNode rule : NODE.get("allOf")) {
      fromSchema.put(rule.get("if").get("properties").get("kind").get("const").asString(),
          rule.get("then").get("required").valueStream().map(JsonNode::asString).toList());
    }
    Map<String, List<String>> fromTable = new LinkedHashMap<>();
    for (NodeKind kind : NodeKind.values()) {
      if (!requiredOf(kind).isEmpty()) {
        fromTable.put(kind.wireName(), requiredOf(kind));
      }
    }
    assertEquals(fromTable, fromSchema);
  }

  private static List<String> requiredOf(NodeKind owner) {
    return Stream.of(NodeMember.values()).filter(m -> m.required() && m.owner() == owner)
        .map(NodeMember::wireName).toList();
  }

  private static List<String> names(Iterable<String> names) {
    List<String> out = new ArrayList<>();
    names.forEach(out::add);
    return out;
  }
}
