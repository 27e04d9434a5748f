package dev.appsim.session.testkit.jqwik.internal;

/**
 * The knobs shared by the fluent arbitraries; immutable so that every setting returns a copy.
 *
 * @param nasty valid but hostile values (unicode, extreme floats, deep chains, long ids)
 * @param minNodes fewest scene nodes
 * @param maxNodes most scene nodes
 * @param minVertices fewest vertices per mesh block
 * @param maxVertices most vertices per mesh block
 * @param extensionDepth how deep extension values nest (0: only scalars)
 * @param extensions whether records carry unknown members at all
 */
public record Settings(boolean nasty, int minNodes, int maxNodes, int minVertices, int maxVertices, int extensionDepth,
    boolean extensions) {
  /** Small readable documents: up to 8 nodes, 64 vertices a block, extensions one level deep. */
  public static final Settings DEFAULT = new Settings(false, 0, 8, 0, 64, 1, true);

  public Settings {
    range("nodes", minNodes, maxNodes);
    range("vertices", minVertices, maxVertices);
    if (extensionDepth < 0 || extensionDepth > 16) {
      throw new IllegalArgumentException("extensionDepth (" + extensionDepth + ") must be in [0, 16]");
    }
  }

  private static void range(String what, int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException(what + " range [" + min + ", " + max + "] must satisfy 0 <= min <= max");
    }
  }

  public Settings withNasty(boolean value) {
    return new Settings(value, minNodes, maxNodes, minVertices, maxVertices, extensionDepth, extensions);
  }

  public Settings withNodes(int min, int max) {
    return new Settings(nasty, min, max, minVertices, maxVertices, extensionDepth, extensions);
  }

  public Settings withVertices(int min, int max) {
    return new Settings(nasty, minNodes, maxNodes, min, max, extensionDepth, extensions);
  }

  public Settings withExtensionDepth(int depth) {
    return new Settings(nasty, minNodes, maxNodes, minVertices, maxVertices, depth, extensions);
  }

  public Settings withExtensions(boolean value) {
    return new Settings(nasty, minNodes, maxNodes, minVertices, maxVertices, extensionDepth, value);
  }
}
