import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of one module, as text: its module descriptor, and every public and protected
 * type and member of its exported packages, with signatures as {@code javap -protected} prints
 * them (generic types and throws clauses included), members sorted so that moving code inside a
 * file changes nothing.
 *
 * <p>Run by every library module's build at {@code verify} (parent pom, profile
 * {@code api-check}): {@code java .ci/ApiDump.java <classes> <api file> <artifactId> <update>}.
 * It compares the dump with the committed {@code <module>/api/<module>.api} and fails, listing
 * the lines that differ, unless they are equal; with update {@code true} it writes the file
 * instead. javap reads the class files alone, so no dependency needs to be on a class path, and
 * the dump is the same on every JDK 17 and later.
 */
public final class ApiDump {
  private ApiDump() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: java .ci/ApiDump.java <classes folder> <api file> <artifactId> <update: true|false>");
      System.exit(2);
    }
    Path classes = Path.of(args[0]);
    Path apiFile = Path.of(args[1]);
    String artifactId = args[2];
    boolean update = Boolean.parseBoolean(args[3]);
    String dump = dump(classes, artifactId);
    if (update) {
      Files.createDirectories(apiFile.getParent());
      Files.writeString(apiFile, dump, StandardCharsets.UTF_8);
      System.out.println("api-check: wrote " + apiFile);
      return;
    }
    String committed = Files.exists(apiFile) ? Files.readString(apiFile, StandardCharsets.UTF_8) : "";
    if (committed.equals(dump)) {
      System.out.println("api-check: the API of " + artifactId + " is the committed " + apiFile.getFileName());
      return;
    }
    List<String> was = committed.lines().toList();
    List<String> now = dump.lines().toList();
    Set<String> wasSet = new LinkedHashSet<>(was);
    Set<String> nowSet = new LinkedHashSet<>(now);
    StringBuilder message = new StringBuilder();
    message.append("api-check: the public API of ").append(artifactId).append(" differs from ").append(apiFile)
        .append(Files.exists(apiFile) ? "" : " (missing)").append(":\n");
    was.stream().filter(l -> !nowSet.contains(l)).forEach(l -> message.append("  - ").append(l).append('\n'));
    now.stream().filter(l -> !wasSet.contains(l)).forEach(l -> message.append("  + ").append(l).append('\n'));
    message.append("If the change is intended, regenerate the file and commit it with the change:\n")
        .append("  ./mvnw -B -o verify -Dapi.update=true -pl ").append(artifactId).append(" -am -DskipTests\n")
        .append("(an added member is compatible; a removed or changed one breaks callers compiled against the")
        .append(" last release: see docs/releasing.md).");
    System.err.println(message);
    System.exit(1);
  }

  static String dump(Path classes, String artifactId) throws IOException {
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    StringBuilder out = new StringBuilder();
    out.append("# Public API of ").append(artifactId).append(", checked at verify by .ci/ApiDump.java;\n")
        .append("# regenerate: ./mvnw -B -o verify -Dapi.update=true -pl ").append(artifactId).append(" -am -DskipTests\n");
    out.append("module ").append(module.name()).append(" {\n");
    List<String> directives = new ArrayList<>();
    module.requires().stream()
        .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.MANDATED))
        .forEach(r -> directives.add("requires " + modifiers(r.modifiers()) + r.name()));
    module.exports().forEach(e -> directives.add("exports " + e.source()
        + (e.isQualified() ? " to " + String.join(", ", sorted(e.targets())) : "")));
    module.opens().forEach(o -> directives.add("opens " + o.source()
        + (o.isQualified() ? " to " + String.join(", ", sorted(o.targets())) : "")));
    module.uses().forEach(u -> directives.add("uses " + u));
    module.provides().forEach(p -> directives.add("provides " + p.service() + " with "
        + String.join(", ", sorted(p.providers()))));
    directives.stream().sorted().forEach(d -> out.append("  ").append(d).append(";\n"));
    out.append("}\n");

    Set<String> exported = module.exports().stream().filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    List<String> classNames = new ArrayList<>();
    for (String pkg : sorted(exported)) {
      Path folder = classes.resolve(pkg.replace('.', '/'));
      try (Stream<Path> files = Files.list(folder)) {
        files.map(f -> f.getFileName().toString())
            .filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
            .map(n -> pkg + "." + n.substring(0, n.length() - ".class".length()))
            .filter(n -> !n.matches(".*\\$[0-9].*"))
            .forEach(classNames::add);
      }
    }
    Map<String, List<String>> byClass = javap(classes, classNames);
    // A nested type is API only if every type enclosing it is.
    Map<String, Boolean> visible = new HashMap<>();
    for (Map.Entry<String, List<String>> e : byClass.entrySet()) {
      String header = e.getValue().get(0);
      visible.put(e.getKey(), header.startsWith("public ") || header.startsWith("protected "));
    }
    for (Map.Entry<String, List<String>> e : new TreeMap<>(byClass).entrySet()) {
      if (!reachable(e.getKey(), visible)) {
        continue;
      }
      List<String> lines = e.getValue();
      out.append('\n').append(lines.get(0)).append('\n');
      lines.subList(1, lines.size()).stream().sorted().forEach(l -> out.append("  ").append(l).append('\n'));
      out.append("}\n");
    }
    return out.toString();
  }

  private static boolean reachable(String name, Map<String, Boolean> visible) {
    for (int i = name.indexOf('$'); i >= 0; i = name.indexOf('$', i + 1)) {
      if (!visible.getOrDefault(name.substring(0, i), false)) {
        return false;
      }
    }
    return visible.getOrDefault(name, false);
  }

  /** Class name to its javap lines: the declaration (without the brace), then each member. */
  private static Map<String, List<String>> javap(Path classes, List<String> classNames) {
    Map<String, List<String>> result = new HashMap<>();
    if (classNames.isEmpty()) {
      return result;
    }
    ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow(() -> new IllegalStateException(
        "no javap in this JDK (" + System.getProperty("java.home") + ")"));
    List<String> command = new ArrayList<>(List.of("-protected", "-cp", classes.toString()));
    command.addAll(classNames);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javap.run(new PrintWriter(bytes, true, StandardCharsets.UTF_8),
        new PrintWriter(errors, true, StandardCharsets.UTF_8), command.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException("javap failed (" + status + "): " + errors.toString(StandardCharsets.UTF_8));
    }
    String current = null;
    List<String> lines = null;
    for (String line : bytes.toString(StandardCharsets.UTF_8).lines().toList()) {
      if (line.startsWith("Compiled from") || line.isBlank()) {
        continue;
      }
      if (!line.startsWith(" ") && line.endsWith("{")) {
        String declaration = line.substring(0, line.length() - 1).strip();
        current = declaredName(declaration);
        lines = new ArrayList<>();
        lines.add(declaration + " {");
        result.put(current, lines);
      } else if (line.equals("}")) {
        current = null;
      } else if (current != null) {
        lines.add(line.strip());
      }
    }
    return result;
  }

  private static String declaredName(String declaration) {
    List<String> words = Arrays.asList(declaration.split(" "));
    for (String keyword : List.of("class", "interface", "enum", "record", "@interface")) {
      int at = words.indexOf(keyword);
      if (at >= 0) {
        String name = words.get(at + 1);
        int generic = name.indexOf('<');
        return generic < 0 ? name : name.substring(0, generic);
      }
    }
    throw new IllegalStateException("not a type declaration: " + declaration);
  }

  private static String modifiers(Set<ModuleDescriptor.Requires.Modifier> modifiers) {
    return modifiers.stream().map(m -> m.name().toLowerCase() + " ").sorted().collect(Collectors.joining());
  }

  private static List<String> sorted(java.util.Collection<String> values) {
    return values.stream().sorted().toList();
  }
}
