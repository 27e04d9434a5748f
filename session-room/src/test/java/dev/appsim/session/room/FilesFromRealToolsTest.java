package dev.appsim.session.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.room.path.Attempt;
import dev.appsim.session.room.path.ResolverOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written the way real exporters write them, each packaged, unpacked and checked with
 * {@link PackagedCopies}: every reference of every packaged copy reaches the packaged copy of the
 * same file, byte-identical where not rewritten, and nothing the originals reference is lost.
 */
class FilesFromRealToolsTest {
  @TempDir Path tmp;
  Path models;
  Path work;

  @BeforeEach
  void setUp() throws IOException {
    tmp = tmp.toRealPath();
    models = Files.createDirectories(tmp.resolve("models"));
    work = Files.createDirectories(tmp.resolve("work"));
  }

  private Path session(String... assets) throws IOException {
    String nodes = IntStream.range(0, assets.length)
        .mapToObj(i -> "{\"id\":\"n" + i + "\",\"kind\":\"model\",\"asset\":\"" + assets[i].replace("\\", "\\\\") + "\"}")
        .collect(Collectors.joining(","));
    return Files.writeString(tmp.resolve("scene.session"), "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\","
        + "\"metadata\":{\"name\":\"real tools\"},\"scene\":{\"nodes\":[" + nodes + "]}}");
  }

  private static PackageOptions options() {
    return PackageOptions.builder().resolver(ResolverOptions.builder().environment(Map.of()).build()).build();
  }

  private Path write(String relative, String text) throws IOException {
    Path file = models.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private Path write(String relative, byte[] bytes) throws IOException {
    Path file = models.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  private static String blenderObj(String mtllib) {
    return "# Blender 3.6.0\n# www.blender.org\nmtllib " + mtllib + "\no Cube\n"
        + "v 1.000000 1.000000 -1.000000\nv 1.000000 -1.000000 -1.000000\nv 1.000000 1.000000 1.000000\n"
        + "vn -0.0000 1.0000 -0.0000\nvt 0.625000 0.500000\ns 0\nusemtl Material\nf 1/1/1 2/1/1 3/1/1\n";
  }

  private static String blenderMtl(String map) {
    return "# Blender 3.6.0 MTL File: 'None'\n# www.blender.org\n\nnewmtl Material\nNs 250.000000\n"
        + "Ka 1.000000 1.000000 1.000000\nKd 0.800000 0.000000 0.000000\nKs 0.500000 0.500000 0.500000\n"
        + "Ke 0.000000 0.000000 0.000000\nNi 1.450000\nd 1.000000\nillum 2\n" + map + "\n";
  }

  private static List<String> entries(PackingPlan plan) {
    return plan.entries().stream().map(PlannedEntry::archivePath).toList();
  }

  private static String entry(PackagedCopies.Checked checked, String path) throws IOException {
    return Files.readString(checked.unpacked().resolve(path), StandardCharsets.UTF_8);
  }

  @Test
  void blenderMtllibNamingAFileWithSpacesIsOneReference() throws Exception {
    write("box mtllib red.obj", blenderObj("box mtllib red.mtl"));
    write("box mtllib red.mtl", blenderMtl("map_Kd red texture.png"));
    write("red texture.png", GltfSamples.png(0xFF0000));
    PackagedCopies.Checked c = PackagedCopies.packUnpackAndCheck(session("models/box mtllib red.obj"), options(), work);
    assertEquals(List.of("assets/box mtllib red.mtl", "assets/box mtllib red.obj", "assets/red texture.png"),
        entries(c.plan()));
    assertTrue(c.plan().isComplete(), c.plan().toText());
    assertEquals(List.of(), c.plan().notices());
    assertTrue(entry(c, "assets/box mtllib red.obj").contains("\nmtllib box mtllib red.mtl\n"));
  }

  @Test
  void escapedSpacesAreReadAndWrittenBackEscaped() throws Exception {
    write("sub/spaces.obj", "mtllib ../invalid\\ file\\ with\\ spaces.mtl\nv 0 0 0\n");
    write("invalid file with spaces.mtl", "newmtl m\nmap_Kd tex.png\n");
    write("tex.png", GltfSamples.png(1));
    PackagedCopies.Checked c = PackagedCopies.packUnpackAndCheck(session("models/sub/spaces.obj"), options(), work);
    assertEquals("mtllib invalid\\ file\\ with\\ spaces.mtl\nv 0 0 0\n", entry(c, "assets/spaces.obj"));
  }

  @Test
  void severalLibrariesOnOneLineAreEachFollowedAndRewritten() throws Exception {
    write("multi.obj", "mtllib mats/a.mtl mats/b.mtl\nusemtl a\n");
    write("mats/a.mtl", "newmtl a\nmap_Kd a.png\n");
    write("mats/b.mtl", "newmtl b\nmap_Kd b.png\n");
    write("mats/a.png", GltfSamples.png(2));
    write("mats/b.png", GltfSamples.png(3));
    PackagedCopies.Checked c = PackagedCopies.packUnpackAndCheck(session("models/multi.obj"), options(), work);
    assertEquals("mtllib a.mtl b.mtl\nusemtl a\n", entry(c, "assets/multi.obj"));
    assertEquals(List.of(), c.plan().notices());
  }

  @Test
  void wordsOfAnMtllibLineThatNameNoFileAreANoticeNotBogusReferences() throws Exception {
    write("box.obj", blenderObj("box mtllib red.mtl"));
    write("red.mtl", blenderMtl("Kd 1 0 0"));
    PackagedCopies.Checked c = PackagedCopies.packUnpackAndCheck(session("models/box.obj"), options(), work);
    assertEquals(List.of("red.mtl"), c.plan().references().stream().filter(r -> !r.site().isInSession())
        .map(PlannedReference::raw).toList());
    assertEquals(List.of(new DiscoveryNotice(models.resolve("box.obj"), "line 3", "no file is named \"box mtllib"
        + " red.mtl\", so its words were read as separate names; \"box\", \"mtllib\" name no file and were skipped")),
        c.plan().notices());
    assertTrue(c.plan().toText().contains("1 not followed (the room may lack files these name)\n"), c.plan().toText());
  }

  @Test
  void anMtllibLineWhoseEveryReadingMissesIsOneMissingReferenceListingEachTried() throws Exception {
    write("box.obj", blenderObj("box mtllib red.mtl"));
    Path sessionFile = session("models/box.obj");
    MissingDependenciesException e = assertThrows(MissingDependenciesException.class,
        () -> new RoomPackager(options()).pack(sessionFile, work.resolve("x.room")));
    assertEquals(1, e.unresolved().size());
    PlannedReference r = e.unresolved().get(0);
    assertEquals("box mtllib red.mtl", r.raw());
    assertEquals("\"box mtllib red.mtl\": missing\n"
        + "  1. relative to " + models + ": " + models + "/box mtllib red.mtl: not found\n"
        + "  2. as a separate name \"box\": not found\n"
        + "  3. relative to " + models + ": " + models + "/box: not found\n"
        + "  4. as a separate name \"mtllib\": not found\n"
        + "  5. relative to " + models + ": " + models + "/mtllib: not found\n"
        + "  6. as a separate name \"red.mtl\": not found\n"
        + "  7. relative to " + models + ": " + models + "/red.mtl: not found", r.resolution().explain());
  }

  @Test
  void mtlOptionsAfterTheFileNameAreNotPartOfIt() throws Exception {
    write("rock.obj", "mtllib rock.mtl\n");
    write("rock.mtl", "newmtl rock\n"
        + "map_bump -imfchan r bump.jpg -bm 1.5\n"
        + "map_Kd -blendu off -blendv off -cc on -clamp on -mm 0 1 -o 0 0 0 -s 1 1 1 -t 0 0 0 -texres 512 diffuse map.png\n"
        + "refl -type sphere sky.hdr -colorspace linear\n"
        + "map_Ks spec.png -o 0.5 0.5 -s 2 2\n"
        + "norm -bm 0.5 normal.png\n");
    for (String name : List.of("bump.jpg", "diffuse map.png", "sky.hdr", "spec.png", "normal.png")) {
      write(name, GltfSamples.png(name.hashCode()));
    }
    PackagedCopies.Checked c = PackagedCopies.packUnpackAndCheck(session("models/rock.obj"), options(), work);
    assertEquals(List.of("bump.jpg", "diffuse map.png", "sky.hdr", "spec.png", "normal.png"),
        c.plan().references().stream().filter(r -> r.site().referrer() != null
            && r.site().referrer().getFileName().toString().equals("rock.mtl")).map(PlannedReference::raw).toList());
  }

  @Test
  void aByteOrderMarkDoesNotHideMtllibAndEachModelKeepsItsOwnLibrary() throws Exception {
    // Notepad on Windows writes the BOM; the second model has a same-named library of its own.
    write("a/model.obj", "\uFEFFmtllib model.mtl\r\nv 0 0 0\r\n");
    write("a/model.mtl", "newmtl a\r\nmap_Kd a.png\r\n");
    write("a/a.png", GltfSamples.png(4));
    write("b/model.obj", "mtllib model.mtl\nv 1 1 1\n");
    write("b/model.mtl", "newmtl b\nKd 0 0 1\n");
    PackagedCopies.Checked c = PackagedCopies.packUnpackAndCheck(session("models/a/model.obj", "models/b/model.obj"),
        options(), work);
    assertEquals(List.of("assets/a.png", "assets/model-2.mtl", "assets/model-2.obj", "assets/model.mtl",
        "assets/model.obj"), entries(c.plan()));
    assertEquals("\uFEFFmtllib model.mtl\r\nv 0 0 0\r\n", entry(c, "assets/model.obj"));
    assertEquals("mtllib model-2.mtl\nv 1 1 1\n", entry(c, "assets/model-2.obj"));
  }

  @Test
  void crlfTabsTrailingCommentsAndContinuationsKeepTheirBytes() throws Exception {
    write("deep/chair.obj", "mtllib\t../mats/chair.mtl   # exported by 3ds Max\r\nmtllib ../mats/a.mtl \\\r\n"
        + "  ../mats/b.mtl\r\nf 1 2 3\r\n");
    write("mats/chair.mtl", "newmtl c\r\nmap_Kd\t\tchair.png\t# diffuse\r\n");
    write("mats/a.mtl", "newmtl a\n");
    write("mats/b.mtl", "newmtl b\n");
    write("mats/chair.png", GltfSamples.png(5));
    PackagedCopies.Checked c = PackagedCopies.packUnpackAndCheck(session("models/deep/chair.obj"), options(), work);
    assertEquals("mtllib\tchair.mtl   # exported by 3ds Max\r\nmtllib a.mtl \\\r\n  b.mtl\r\nf 1 2 3\r\n",
        entry(c, "assets/chair.obj"));
  }

  @Test
  void gltf1DuckFollowsItsBuffersImagesAndShaders() throws Exception {
    GltfSamples.duck(models.resolve("duck"));
    PackagedCopies.Checked c = PackagedCopies.packUnpackAndCheck(session("models/duck/Duck.gltf"), options(), work);
    assertEquals(List.of("assets/Duck.gltf", "assets/Duck0.bin", "assets/Duck0FS.glsl", "assets/Duck0VS.glsl",
        "assets/DuckCM.png"), entries(c.plan()));
    assertEquals(List.of("/buffers/Duck/uri", "/images/file2/uri", "/shaders/Duck0FS/uri", "/shaders/Duck0VS/uri"),
        c.plan().references().stream().filter(r -> !r.site().isInSession()).map(r -> r.site().location()).toList());
  }

  @Test
  void khrTechniquesWebglShadersAreFollowedAndTheExtensionIsKnown() throws Exception {
    GltfSamples.techniques(models.resolve("tech"));
    PackagedCopies.Checked c = PackagedCopies.packUnpackAndCheck(session("models/tech/BoxTechnique.gltf"), options(), work);
    assertEquals(List.of("assets/Box0.bin", "assets/Box0FS.glsl", "assets/Box0VS.glsl", "assets/BoxTechnique.gltf"),
        entries(c.plan()));
    assertEquals(List.of(), c.plan().notices());
  }

  @Test
  void extensionUrisAreFollowedAndAnUnknownRequiredExtensionIsSaid() throws Exception {
    write("sound/speaker.gltf", "{\"asset\":{\"version\":\"2.0\"},\n"
        + "\"extensionsUsed\":[\"KHR_audio_emitter\",\"VENDOR_volumetric\"],\n"
        + "\"extensionsRequired\":[\"VENDOR_volumetric\"],\n"
        + "\"extensions\":{\"KHR_audio_emitter\":{\"audio\":[{\"uri\":\"hum.mp3\"},"
        + "{\"uri\":\"data:audio/mpeg;base64,AAAA\"}],\"sources\":[{\"audio\":0}],\"emitters\":[{\"sources\":[0]}]},\n"
        + "\"VENDOR_volumetric\":{\"grid\":\"smoke.vdb\"}},\n"
        + "\"extras\":{\"uri\":\"not-a-file.txt\"}}\n");
    write("sound/hum.mp3", new byte[] {(byte) 0xFF, (byte) 0xFB, 0x10, 0});
    PackagedCopies.Checked c = PackagedCopies.packUnpackAndCheck(session("models/sound/speaker.gltf"), options(), work);
    assertEquals(List.of("assets/hum.mp3", "assets/speaker.gltf"), entries(c.plan()));
    DiscoveryNotice notice = new DiscoveryNotice(models.resolve("sound/speaker.gltf"), "/extensionsRequired/0",
        "requires the glTF extension \"VENDOR_volumetric\", which is not known here: files it names other than"
            + " by \"uri\" are not followed");
    assertEquals(List.of(notice), c.plan().notices());
    assertTrue(c.plan().toJson().contains("  \"notices\": [\n    {\n      \"file\": \"" + notice.file() + "\",\n"
        + "      \"location\": \"/extensionsRequired/0\",\n"), c.plan().toJson());
  }

  @Test
  void windowsReferencesWithAnotherCaseResolveToTheUniqueMatchAndSaySo() throws Exception {
    GltfSamples.boxTextured(models.resolve("box"), "Textures/CESIUMLOGOFLAT.PNG", "textures/CesiumLogoFlat.png");
    PackagedCopies.Checked c = PackagedCopies.packUnpackAndCheck(session("MODELS\\BOX\\BoxTextured.gltf"), options(), work);
    assertEquals(List.of("assets/BoxTextured.gltf", "assets/BoxTextured0.bin", "assets/CesiumLogoFlat.png"),
        entries(c.plan()));
    PlannedReference image = c.plan().references().stream().filter(r -> r.raw().endsWith(".PNG")).findFirst().orElseThrow();
    assertEquals(new Attempt(Attempt.Strategy.IGNORING_CASE, models.resolve("box/Textures/CESIUMLOGOFLAT.PNG").toString(),
        models.resolve("box/textures/CesiumLogoFlat.png").toString(), Attempt.Outcome.FOUND),
        image.resolution().attempts().get(1));
  }

  @Test
  void twoFilesMatchingIgnoringCaseAreAnAmbiguityNeverAGuess() throws Exception {
    write("Chair.obj", "v 0 0 0\n");
    write("chair.obj", "v 1 1 1\n");
    PackingPlan plan = new RoomPlanner(options()).plan(session("models/CHAIR.OBJ"));
    assertFalse(plan.isComplete());
    assertEquals(List.of(models.resolve("Chair.obj"), models.resolve("chair.obj")),
        plan.unresolved().get(0).resolution().candidates());
  }

  @Test
  void equalBytesKeepTheNameTheirReferrerUsed() throws Exception {
    byte[] same = GltfSamples.png(6);
    write("rock.obj", "mtllib rock.mtl\n");
    write("rock.mtl", "newmtl rock\ndisp displacement.jpg\nmap_d alpha.jpg\nmap_Kd tex/alpha.jpg\n");
    write("displacement.jpg", same);
    write("alpha.jpg", same);
    write("tex/alpha.jpg", same);
    PackagedCopies.Checked c = PackagedCopies.packUnpackAndCheck(session("models/rock.obj"), options(), work);
    // Same bytes and same name share an entry; same bytes under another name keep that name.
    assertEquals(List.of("assets/alpha.jpg", "assets/displacement.jpg", "assets/rock.mtl", "assets/rock.obj"),
        entries(c.plan()));
    assertEquals("newmtl rock\ndisp displacement.jpg\nmap_d alpha.jpg\nmap_Kd alpha.jpg\n", entry(c, "assets/rock.mtl"));
  }

  @Test
  void glbWithAnExternalImageIsRewrittenAndItsBinChunkKept() throws Exception {
    GltfSamples.boxTexturedGlb(models.resolve("glb/sub"), "Cesium Logo.png");
    Files.move(models.resolve("glb/sub/BoxTextured.glb"), models.resolve("glb/BoxTextured.glb"));
    byte[] original = Files.readAllBytes(models.resolve("glb/BoxTextured.glb"));
    String json = new String(original, 20, 200, StandardCharsets.UTF_8);
    assertTrue(json.contains("COLLADA2GLTF"), json);
    Files.write(models.resolve("glb/BoxTextured.glb"), GltfSamples.glb(
        new String(original, 20, java.nio.ByteBuffer.wrap(original, 12, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(),
            StandardCharsets.UTF_8).strip().replace("\"uri\": \"Cesium Logo.png\"", "\"uri\": \"sub/Cesium%20Logo.png\""),
        GltfSamples.cube()));
    PackagedCopies.Checked c = PackagedCopies.packUnpackAndCheck(session("models/glb/BoxTextured.glb"), options(), work);
    assertEquals(List.of("assets/BoxTextured.glb", "assets/Cesium Logo.png"), entries(c.plan()));
    assertTrue(c.plan().entry("assets/BoxTextured.glb").orElseThrow().isRewritten());
  }
}
