package dev.appsim.session.cli.architecture;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which of the library's packages use which, read from compiled classes: every class name in a
 * class file's constant pool (references and type descriptors alike). Small enough to need no
 * bytecode library; ArchUnit would add a test dependency for one rule.
 */
final class PackageGraph {
  private static final Pattern NAME = Pattern.compile("dev/appsim/session(?:/[A-Za-z_$][\\w$]*)+");

  private final Map<String, Set<String>> uses = new TreeMap<>();

  private PackageGraph() {}

  /** A graph given as each package with the packages it uses, for testing the graph itself. */
  static PackageGraph ofUses(Map<String, Set<String>> uses) {
    PackageGraph graph = new PackageGraph();
    uses.forEach((from, tos) -> graph.uses.put(from, new TreeSet<>(tos)));
    return graph;
  }

  /** The graph of the classes under {@code prefix} (e.g. {@code dev/appsim/session/}) on {@code classPath}. */
  static PackageGraph of(List<Path> classPath, String prefix) {
    PackageGraph graph = new PackageGraph();
    for (Path entry : classPath) {
      try {
        if (Files.isDirectory(entry)) {
          try (Stream<Path> files = Files.walk(entry)) {
            for (Path file : (Iterable<Path>) files::iterator) {
              String name = entry.relativize(file).toString().replace('\\', '/');
              if (name.startsWith(prefix) && isClass(name)) {
                try (InputStream in = Files.newInputStream(file)) {
                  graph.add(name, in);
                }
              }
            }
          }
        } else if (entry.toString().endsWith(".jar") && Files.isRegularFile(entry)) {
          try (JarFile jar = new JarFile(entry.toFile())) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
              JarEntry je = e.nextElement();
              if (je.getName().startsWith(prefix) && isClass(je.getName())) {
                try (InputStream in = jar.getInputStream(je)) {
                  graph.add(je.getName(), in);
                }
              }
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + entry, e);
      }
    }
    return graph;
  }

  private static boolean isClass(String name) {
    return name.endsWith(".class") && !name.endsWith("module-info.class") && !name.endsWith("package-info.class");
  }

  /** Every package read, with the other packages it uses. */
  Map<String, Set<String>> uses() {
    return uses;
  }

  /**
   * The groups of packages that use one another in a circle (strongly connected components of
   * more than one package), each sorted, after mapping every package through {@code unit}.
   */
  Set<Set<String>> cycles(java.util.function.UnaryOperator<String> unit) {
    Map<String, Set<String>> merged = new TreeMap<>();
    uses.forEach((from, tos) -> {
      Set<String> targets = merged.computeIfAbsent(unit.apply(from), k -> new TreeSet<>());
      tos.forEach(to -> targets.add(unit.apply(to)));
    });
    merged.forEach((from, tos) -> tos.remove(from));
    return new Tarjan(merged).components();
  }

  private void add(String classFile, InputStream in) throws IOException {
    String from = packageOf(classFile.substring(0, classFile.length() - ".class".length()));
    Set<String> targets = uses.computeIfAbsent(from, k -> new TreeSet<>());
    for (String text : utf8Constants(new DataInputStream(in))) {
      Matcher m = NAME.matcher(text);
      while (m.find()) {
        String to = packageOf(m.group());
        if (!to.equals(from)) {
          targets.add(to);
        }
      }
    }
  }

  private static String packageOf(String internalName) {
    return internalName.substring(0, internalName.lastIndexOf('/')).replace('/', '.');
  }

  // The class file format (JVMS 4.4): only the constant pool is read.
  private static List<String> utf8Constants(DataInputStream in) throws IOException {
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    List<String> out = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> out.add(in.readUTF());
        case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
        case 15 -> in.skipNBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
        case 5, 6 -> {
          in.skipNBytes(8);
          i++;
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    return out;
  }

  /** Tarjan's strongly connected components, keeping those of two or more packages. */
  private static final class Tarjan {
    private final Map<String, Set<String>> edges;
    private final Map<String, Integer> index = new TreeMap<>();
    private final Map<String, Integer> low = new TreeMap<>();
    private final List<String> stack = new ArrayList<>();
    private final Set<String> onStack = new LinkedHashSet<>();
    private final Set<Set<String>> components = new LinkedHashSet<>();

    Tarjan(Map<String, Set<String>> edges) {
      this.edges = edges;
    }

    Set<Set<String>> components() {
      edges.keySet().forEach(v -> {
        if (!index.containsKey(v)) {
          visit(v);
        }
      });
      return components;
    }

    private void visit(String v) {
      index.put(v, index.size());
      low.put(v, index.get(v));
      stack.add(v);
      onStack.add(v);
      for (String w : edges.getOrDefault(v, Set.of())) {
        if (!index.containsKey(w)) {
          visit(w);
          low.put(v, Math.min(low.get(v), low.get(w)));
        } else if (onStack.contains(w)) {
          low.put(v, Math.min(low.get(v), index.get(w)));
        }
      }
      if (low.get(v).equals(index.get(v))) {
        Set<String> component = new TreeSet<>();
        String w;
        do {
          w = stack.remove(stack.size() - 1);
          onStack.remove(w);
          component.add(w);
        } while (!w.equals(v));
        if (component.size() > 1) {
          components.add(component);
        }
      }
    }
  }
}
