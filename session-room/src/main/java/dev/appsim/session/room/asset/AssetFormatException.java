package dev.appsim.session.room.asset;

import dev.appsim.session.room.error.RoomException;
import org.jspecify.annotations.Nullable;

/**
 * An asset is malformed, hostile or over a limit. {@link #location()} is the file followed by
 * where in it: {@code /x/chair.gltf:/buffers/0/uri}, {@code /x/chair.obj:line 12},
 * {@code /x/lamp.glb:byte 12}.
 */
public class AssetFormatException extends RoomException {
  private static final long serialVersionUID = 1L;

  /**
   * @param location the file and where in it (JSON Pointer or line), its {@link #location()}
   * @param message what is wrong, one sentence
   * @param cause the underlying failure, or {@code null}
   */
  public AssetFormatException(String location, String message, @Nullable Throwable cause) {
    super(location, message, cause);
  }

  /**
   * As {@link #AssetFormatException(String, String, Throwable)}, without a cause.
   *
   * @param location the file and where in it (JSON Pointer or line), its {@link #location()}
   * @param message what is wrong, one sentence
   */
  public AssetFormatException(String location, String message) {
    this(location, message, null);
  }
}
