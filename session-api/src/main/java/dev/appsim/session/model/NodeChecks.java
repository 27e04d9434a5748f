package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/** The rules every node kind shares, checked in each record's constructor. */
final class NodeChecks {
  private NodeChecks() {}

  static Checks common(String id, @Nullable String parent, Transform transform, Extensions extensions) {
    requireNonNull(id, "id is null");
    requireNonNull(transform, "transform is null");
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, NodeMember.wireNames().toArray(String[]::new));
    Checks checks = new Checks();
    if (id.isEmpty() || id.length() > SceneNode.MAX_ID_LENGTH) {
      checks.add(NodeMember.ID.pointer(), "id must be 1 to " + SceneNode.MAX_ID_LENGTH + " characters, was " + id.length());
    }
    if (parent != null && parent.equals(id)) {
      checks.add(NodeMember.PARENT.pointer(), "node \"" + id + "\" cannot be its own parent");
    }
    return checks;
  }
}
