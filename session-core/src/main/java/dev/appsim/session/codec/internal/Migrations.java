package dev.appsim.session.codec.internal;

import dev.appsim.session.codec.SessionFormatException;
import dev.appsim.session.codec.SessionMigration;
import dev.appsim.session.model.FormatVersion;
import dev.appsim.session.model.SessionValidationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The installed migrations, by the major they read; chains them up to the current major. */
public final class Migrations {
  private final Map<Integer, SessionMigration> byMajor = new HashMap<>();

  /** Later entries of {@code migrations} replace earlier ones for the same major. */
  public Migrations(List<SessionMigration> migrations) {
    for (SessionMigration m : migrations) {
      byMajor.put(m.sourceMajor(), m);
    }
  }

  boolean has(int major) {
    for (int m = major; m < FormatVersion.CURRENT.major(); m++) {
      if (!byMajor.containsKey(m)) {
        return false;
      }
    }
    return true;
  }

  Map<String, @Nullable Object> apply(Map<String, @Nullable Object> document, FormatVersion from) {
    Map<String, @Nullable Object> doc = document;
    for (int major = from.major(); major < FormatVersion.CURRENT.major(); major++) {
      SessionMigration migration = byMajor.get(major);
      try {
        doc = migration.migrate(doc);
      } catch (RuntimeException e) {
        throw new SessionFormatException("", "migration " + migration.getClass().getName()
            + " from major " + major + " failed: " + e, -1, -1, -1, e);
      }
      Object version = doc == null ? null : doc.get("formatVersion");
      FormatVersion reached = null;
      if (version instanceof String text) {
        try {
          reached = FormatVersion.parse(text);
        } catch (SessionValidationException e) {
          reached = null;
        }
      }
      if (reached == null || reached.major() != major + 1) {
        throw new SessionFormatException("/formatVersion", "migration "
            + migration.getClass().getName() + " from major " + major
            + " must set formatVersion to " + (major + 1) + ".x, but set it to " + version);
      }
    }
    return doc;
  }
}
