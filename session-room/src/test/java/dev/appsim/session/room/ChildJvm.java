package dev.appsim.session.room;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The class path a test gives the child JVMs it starts (as session-core's test helper does: test
 * classes are not shared between modules).
 */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * Everything this test JVM sees, as one class path for a child: Surefire runs the tests on the
   * module path, with the module's classes there, its test classes patched into it, and the test
   * libraries on the class path.
   */
  public static String classPath() {
    List<String> parts = new ArrayList<>();
    try {
      parts.add(Path.of(ChildJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the test classes have no file location", e);
    }
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property, "");
      if (!value.isEmpty()) {
        parts.add(value);
      }
    }
    return String.join(File.pathSeparator, parts);
  }
}
