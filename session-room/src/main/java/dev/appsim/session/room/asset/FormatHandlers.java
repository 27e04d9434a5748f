package dev.appsim.session.room.asset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Every format whose references are followed, by extension: the only list of them. */
final class FormatHandlers {
  /** Handlers at the default limits, for questions that do not read a file (media type, extension). */
  static final FormatHandlers DEFAULT = new FormatHandlers(AssetLimits.defaults());

  private final Map<String, FormatHandler> byExtension = new HashMap<>();

  FormatHandlers(AssetLimits limits) {
    for (FormatHandler handler : List.of(new Gltf(limits), new Glb(limits), new ObjFormat(limits), new MtlFormat(limits))) {
      for (String extension : handler.extensions()) {
        if (byExtension.put(extension, handler) != null) {
          throw new IllegalStateException("two asset formats claim the extension ." + extension);
        }
      }
    }
  }

  /** The handler for a file name, by its extension ignoring case, or null for a leaf. */
  @Nullable FormatHandler forName(String fileName) {
    return byExtension.get(MediaTypes.extension(fileName));
  }
}
