package dev.appsim.session.codec.io;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a test's {@code main} class in a child JVM with the test class path. */
public final class ChildJvm {
  private ChildJvm() {}

  static Process start(Class<?> main, String... args) throws IOException {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String[] command = new String[args.length + 4];
    command[0] = javaBin;
    command[1] = "-cp";
    command[2] = classPath();
    command[3] = main.getName();
    System.arraycopy(args, 0, command, 4, args.length);
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

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
