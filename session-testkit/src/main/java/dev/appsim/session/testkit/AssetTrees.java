package dev.appsim.session.testkit;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.model.ExternalGeometryCache;
import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.GroupNode;
import dev.appsim.session.model.IntArray;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.Metadata;
import dev.appsim.session.model.ModelNode;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SceneNode;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.Transform;
import dev.appsim.session.testkit.internal.ModelFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Generates a session and its model files on disk, for packaging and path-resolution tests:
 *
 * <pre>{@code
 * try (AssetTree tree = AssetTrees.builder()
 *     .gltfModels(2).objModels(1)
 *     .pathStyles(AssetPathStyle.WINDOWS, AssetPathStyle.ENV_BRACED, AssetPathStyle.RELATIVE)
 *     .missingTextures(1)
 *     .build()) {
 *   PathResolver resolver = new PathResolver(tree.resolverOptions());
 *   ... package tree.sessionFile() and check that tree.missing() is reported ...
 * }
 * }</pre>
 *
 * <p>Model {@code i} uses style {@code pathStyles[i % n]}. glTF models reference an external
 * {@code .bin} buffer and a PNG texture; OBJ models an {@code .mtl} whose {@code map_Kd} names a
 * PNG. Everything is deterministic except the temporary folder's name.
 */
public final class AssetTrees {
  /** The variable that {@code ENV_*} styles use. */
  public static final String VARIABLE = "APPSIM_ASSETS";
  /** The drive prefix that {@link AssetPathStyle#WINDOWS} paths start with. */
  public static final String WINDOWS_PREFIX = "C:\\Users\\ana\\MagicLeap\\zi";
  /** The share prefix that {@link AssetPathStyle#UNC} paths start with. */
  public static final String UNC_PREFIX = "\\\\fileserver\\share\\rooms";

  private AssetTrees() {}

  /** {@return a builder with the defaults: one glTF and one OBJ model, every path style} */
  public static Builder builder() {
    return new Builder();
  }

  /** Settings of a tree; {@link #build()} writes it. Defaults: one glTF and one OBJ model, every path style. */
  public static final class Builder {
    private int gltfModels = 1;
    private int objModels = 1;
    private List<AssetPathStyle> styles = List.of(AssetPathStyle.values());
    private int missingModels;
    private int missingTextures;
    private boolean sidecar;
    private @Nullable Path parent;

    private Builder() {}

    /**
     * Number of glTF models (default 1).
     *
     * @param count 0 or more
     * @return this builder
     */
    public Builder gltfModels(int count) {
      this.gltfModels = count(count, "gltfModels");
      return this;
    }

    /**
     * Number of OBJ models (default 1).
     *
     * @param count 0 or more
     * @return this builder
     */
    public Builder objModels(int count) {
      this.objModels = count(count, "objModels");
      return this;
    }

    /**
     * Path styles, used in turn (default: all of them).
     *
     * @param values one or more styles
     * @return this builder
     */
    public Builder pathStyles(AssetPathStyle... values) {
      if (values.length == 0) {
        throw new IllegalArgumentException("pathStyles is empty; give at least one AssetPathStyle");
      }
      this.styles = List.copyOf(Arrays.asList(values));
      return this;
    }

    /**
     * The last {@code count} models are referenced but not written (default 0).
     *
     * @param count 0 or more
     * @return this builder
     */
    public Builder missingModels(int count) {
      this.missingModels = count(count, "missingModels");
      return this;
    }

    /**
     * The first {@code count} written models reference a texture that is not written (default 0).
     *
     * @param count 0 or more
     * @return this builder
     */
    public Builder missingTextures(int count) {
      this.missingTextures = count(count, "missingTextures");
      return this;
    }

    /**
     * Also write the geometry cache to a sidecar {@code scans/room.geocache} the session
     * references (default no).
     *
     * @param value whether to write the sidecar
     * @return this builder
     */
    public Builder geometryCacheSidecar(boolean value) {
      this.sidecar = value;
      return this;
    }

    /**
     * Create the tree's temporary folder inside {@code folder}, e.g. a JUnit {@code @TempDir}
     * (default: the system's).
     *
     * @param folder an existing folder
     * @return this builder
     */
    public Builder in(Path folder) {
      this.parent = requireNonNull(folder, "folder is null");
      return this;
    }

    private static int count(int value, String name) {
      if (value < 0) {
        throw new IllegalArgumentException(name + " (" + value + ") must not be negative");
      }
      return value;
    }

    /**
     * Writes the tree.
     *
     * @return the tree written; close it to delete it
     * @throws IllegalStateException if more models are to be missing than there are
     * @throws UncheckedIOException if the files cannot be written
     */
    public AssetTree build() {
      int models = gltfModels + objModels;
      if (missingModels + missingTextures > models) {
        throw new IllegalStateException("missingModels (" + missingModels + ") + missingTextures (" + missingTextures
            + ") exceed the " + models + " models; add models or miss fewer");
      }
      try {
        Path root = (parent == null ? Files.createTempDirectory("asset-tree") : Files.createTempDirectory(parent,
            "asset-tree")).toRealPath();
        return new Writer(this, root).write();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write asset tree: " + e.getMessage(), e);
      }
    }
  }

  /** Lays out one tree; single use. */
  private static final class Writer {
    private final Builder settings;
    private final Path root;
    private final Path sessionFolder;
    private final Path home;
    private final Map<String, Path> remaps = new LinkedHashMap<>();
    private final List<Path> files = new ArrayList<>();
    private final List<Path> missing = new ArrayList<>();

    Writer(Builder settings, Path root) {
      this.settings = settings;
      this.root = root;
      this.sessionFolder = root.resolve("session");
      this.home = root.resolve("home");
      remaps.put(WINDOWS_PREFIX, root.resolve("windows-zi"));
      remaps.put(UNC_PREFIX, root.resolve("unc-share"));
    }

    AssetTree write() throws IOException {
      int models = settings.gltfModels + settings.objModels;
      List<SceneNode> nodes = new ArrayList<>();
      nodes.add(GroupNode.root("room"));
      for (int i = 0; i < models; i++) {
        boolean gltf = i < settings.gltfModels;
        String name = "model-" + i + (gltf ? ".gltf" : ".obj");
        AssetPathStyle style = settings.styles.get(i % settings.styles.size());
        Path file = folder(style).resolve(name);
        if (i >= models - settings.missingModels) {
          missing.add(file);
        } else {
          writeModel(file, i, gltf, i < settings.missingTextures);
        }
        nodes.add(ModelNode.of("model-" + i, "room", raw(style, name, file), Transform.translation(i, 0, -2)));
      }
      SessionDocument.Builder doc = SessionDocument.builder()
          .metadata(Metadata.named("Generated asset tree"))
          .scene(new SceneGraph(nodes));
      if (settings.sidecar) {
        Path cache = sessionFolder.resolve("scans/room.geocache");
        Files.createDirectories(cache.getParent());
        SessionCodec.defaults().writeGeometryCache(new GeometryCache(null, null, List.of(MeshBlock.of("blk-0",
            FloatArray.of(0, 0, 0, 1, 0, 0, 0, 0, 1), IntArray.of(0, 1, 2))), List.of()), cache, SessionFormat.JSON);
        files.add(cache);
        doc.geometryCache(new ExternalGeometryCache("scans/room.geocache"));
      }
      SessionDocument document = doc.build();
      Path sessionFile = sessionFolder.resolve("room.session");
      Files.createDirectories(sessionFolder);
      SessionCodec.defaults().write(document, sessionFile, SessionFormat.JSON);
      files.add(sessionFile);
      files.sort(null);
      missing.sort(null);
      return new AssetTree(root, sessionFile, document, Map.of(VARIABLE, root.resolve("env").toString()), remaps, home,
          files, missing);
    }

    private Path folder(AssetPathStyle style) {
      return switch (style) {
        case RELATIVE -> sessionFolder.resolve("local");
        case ABSOLUTE -> root.resolve("absolute");
        case WINDOWS -> remaps.get(WINDOWS_PREFIX).resolve("models");
        case UNC -> remaps.get(UNC_PREFIX);
        case HOME -> home.resolve("models");
        case FILE_URI -> root.resolve("uri");
        case ENV_BRACED, ENV_BARE, ENV_WINDOWS -> root.resolve("env");
      };
    }

    private static String raw(AssetPathStyle style, String name, Path file) {
      return switch (style) {
        case RELATIVE -> "local/" + name;
        case ABSOLUTE -> file.toString();
        case WINDOWS -> WINDOWS_PREFIX + "\\models\\" + name;
        case UNC -> UNC_PREFIX + "\\" + name;
        case HOME -> "~/models/" + name;
        case FILE_URI -> file.toUri().toString();
        case ENV_BRACED -> "${" + VARIABLE + "}/" + name;
        case ENV_BARE -> "$" + VARIABLE + "/" + name;
        case ENV_WINDOWS -> "%" + VARIABLE + "%\\" + name;
      };
    }

    private void writeModel(Path file, int index, boolean gltf, boolean withoutTexture) throws IOException {
      String base = "model-" + index;
      Path png = file.resolveSibling("textures/" + base + ".png");
      if (gltf) {
        ModelFiles.write(file, ModelFiles.gltf(base + ".bin", "textures/" + base + ".png"));
        ModelFiles.write(file.resolveSibling(base + ".bin"), ModelFiles.buffer());
        files.add(file.resolveSibling(base + ".bin"));
      } else {
        ModelFiles.write(file, ModelFiles.obj(base + ".mtl"));
        ModelFiles.write(file.resolveSibling(base + ".mtl"), ModelFiles.mtl("textures/" + base + ".png"));
        files.add(file.resolveSibling(base + ".mtl"));
      }
      files.add(file);
      if (withoutTexture) {
        missing.add(png);
      } else {
        ModelFiles.write(png, ModelFiles.png(index * 0x111111));
        files.add(png);
      }
    }
  }
}
