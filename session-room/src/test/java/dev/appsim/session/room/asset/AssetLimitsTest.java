package dev.appsim.session.room.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AssetLimits.maxReferences: the references of one asset are held in memory, so they are bounded. */
class AssetLimitsTest {
  private static AssetFormatException refused(AssetLimits limits, String file, String text) {
    return assertThrows(AssetFormatException.class, () -> AssetScanner.create(limits)
        .scan(file, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
  }

  private static List<AssetReference> scan(AssetLimits limits, String file, String text) throws Exception {
    return AssetScanner.create(limits).scan(file, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theDefaultAllowsAHundredThousandReferences() {
    assertEquals(100_000, AssetLimits.defaults().maxReferences());
    assertEquals("maxReferences (0) must be between 1 and 2147483631",
        assertThrows(IllegalArgumentException.class, () -> AssetLimits.defaults().withMaxReferences(0)).getMessage());
  }

  @Test
  void aGltfWithMoreUrisThanTheLimitIsRefusedAtTheFirstOneOver() throws Exception {
    AssetLimits two = AssetLimits.defaults().withMaxReferences(2);
    String gltf = "{\"images\":[{\"uri\":\"a.png\"},{\"uri\":\"b.png\"},{\"uri\":\"c.png\"}]}";
    AssetFormatException e = refused(two, "x.gltf", gltf);
    assertEquals("x.gltf:/images/2/uri", e.location());
    assertEquals("the asset holds more than 2 references (AssetLimits.maxReferences)", e.getMessage());
    // Embedded data is not a reference and does not count.
    assertEquals(2, scan(two, "x.gltf", gltf.replace("c.png", "data:image/png;base64,AAAA")).size());
  }

  @Test
  void everyNameOfAnObjStatementCounts() throws Exception {
    // One statement, read whole or as three names: four readings.
    AssetFormatException e = refused(AssetLimits.defaults().withMaxReferences(3), "x.obj", "v 0 0 0\nmtllib a b c\n");
    assertEquals("x.obj:line 2", e.location());
    assertEquals(1, scan(AssetLimits.defaults().withMaxReferences(4), "x.obj", "mtllib a b c\n").size());
  }

  @Test
  void anMtlWithMoreMapsThanTheLimitIsRefused() {
    AssetFormatException e = refused(AssetLimits.defaults().withMaxReferences(2), "x.mtl",
        "newmtl m\nmap_Kd a.png\nmap_Ks a.png\nbump a.png\n");
    assertEquals("x.mtl:line 4", e.location());
    assertEquals("the asset holds more than 2 references (AssetLimits.maxReferences)", e.getMessage());
  }
}
