package dev.appsim.session.room.internal;

import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.codec.SessionCodec;
import java.nio.charset.StandardCharsets;

/** Small sessions whose model nodes name the given paths, for rule tests. */
final class RoomSessions {
  private RoomSessions() {}

  static SessionDocument withAssets(String... paths) {
    StringBuilder nodes = new StringBuilder();
    for (int i = 0; i < paths.length; i++) {
      nodes.append(i == 0 ? "" : ",").append("{\"id\":\"n").append(i).append("\",\"kind\":\"model\",\"asset\":\"")
          .append(paths[i].replace("\\", "\\\\")).append("\"}");
    }
    String json = "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\",\"metadata\":{\"name\":\"x\"},"
        + "\"scene\":{\"nodes\":[" + nodes + "]}}";
    return SessionCodec.defaults().read(json.getBytes(StandardCharsets.UTF_8));
  }
}
