package dev.appsim.session.codec;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Upgrades a document of an older format major by one major, e.g. 0.x to 1.0. Installed through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.appsim.session.codec.SessionMigration})
 * or {@link SessionCodec.Builder#migration(SessionMigration)}; the codec chains migrations until
 * the document reaches its own major.
 *
 * <p>The document is handed over as plain Java values (String, Boolean, Long, BigInteger,
 * Double, BigDecimal, List, ordered Map, null) so that a migration needs no knowledge of Jackson
 * or of the old typed model. Old documents are held in memory as such a tree: migration is for
 * occasional upgrades, not for the fast path. To be migrated, a document must state its {@code
 * formatVersion} before any member other than {@code format}, as every writer of this format does.
 *
 * <pre>{@code
 * public final class ZeroToOne implements SessionMigration {
 *   public int sourceMajor() { return 0; }
 *   public Map<String, Object> migrate(Map<String, Object> doc) {
 *     Map<String, Object> out = new LinkedHashMap<>(doc);
 *     out.put("formatVersion", "1.0");
 *     out.put("scene", Map.of("nodes", doc.getOrDefault("objects", List.of())));
 *     out.remove("objects");
 *     return out;
 *   }
 * }
 * }</pre>
 *
 * <p>Implementations must be thread-safe: a {@link SessionCodec} is shared, so one migration
 * instance may migrate several documents at once. Keep state out of the instance.
 */
public interface SessionMigration {
  /**
   * {@return the format major this migration reads, e.g. {@code 0}} It produces a document of major
   * {@code sourceMajor() + 1}. Of several migrations for one major, the last one installed wins
   * (see {@link SessionCodec.Builder#migration(SessionMigration)}).
   */
  int sourceMajor();

  /**
   * The document upgraded by one major, with its {@code formatVersion} member set accordingly.
   *
   * @param document the whole document, ordered as in the file; may be modified or reused
   * @return the upgraded document, holding only the plain value types listed above, with {@code
   *     formatVersion} set to a version of major {@code sourceMajor() + 1}; otherwise, or if this
   *     method throws a runtime exception, the read fails with a {@link SessionFormatException}
   *     naming this migration
   */
  Map<String, @Nullable Object> migrate(Map<String, @Nullable Object> document);
}
