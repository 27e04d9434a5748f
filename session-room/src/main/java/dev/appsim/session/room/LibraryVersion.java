package dev.appsim.session.room;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This library's version, filtered into a resource at build time. */
final class LibraryVersion {
  private LibraryVersion() {}

  static String get() {
    try (InputStream in = LibraryVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
