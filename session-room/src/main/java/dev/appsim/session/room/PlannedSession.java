package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.room.archive.ZipMethod;

/**
 * The session entry a room will hold; its bytes are {@link PackingPlan#sessionBytes()}. Always
 * deflated.
 *
 * @param archivePath {@code session.json} or {@code session.smile}
 * @param size bytes of the encoded session
 * @param sha256 SHA-256 of those bytes, lowercase hex
 * @param mediaType the session's media type for the manifest
 */
public record PlannedSession(String archivePath, long size, String sha256, String mediaType) implements PlanEntry {

  /**
   * Checks the components.
   *
   * @param archivePath {@code session.json} or {@code session.smile}
   * @param size bytes of the encoded session
   * @param sha256 SHA-256 of those bytes, lowercase hex
   * @param mediaType the session's media type for the manifest
   * @throws NullPointerException if {@code archivePath}, {@code sha256} or {@code mediaType} is {@code null}
   */
  public PlannedSession {
    requireNonNull(archivePath, "archivePath is null");
    requireNonNull(sha256, "sha256 is null");
    requireNonNull(mediaType, "mediaType is null");
  }

  @Override
  public ZipMethod method() {
    return ZipMethod.DEFLATED;
  }

  @Override
  public <R> R accept(PlanEntry.Visitor<R> visitor) {
    return visitor.session(this);
  }
}
