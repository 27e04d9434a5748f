package dev.appsim.session.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.room.archive.ArchiveLimits;
import dev.appsim.session.room.archive.WriteOptions;
import dev.appsim.session.room.asset.AssetLimits;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The option types can grow without breaking callers compiled against an older version: no public
 * constructor (a record's canonical one would change with every new option), builders that copy
 * every value, and value semantics.
 */
class OptionTypesTest {

  @Test
  void optionTypesHaveNoPublicConstructorAndAreFinal() {
    for (Class<?> type : List.of(PackageOptions.class, WriteOptions.class, ArchiveLimits.class, AssetLimits.class,
        PackageOptions.Builder.class, WriteOptions.Builder.class, ArchiveLimits.Builder.class,
        AssetLimits.Builder.class)) {
      assertEquals(0, type.getConstructors().length, type + " has a public constructor");
      assertTrue(Modifier.isFinal(type.getModifiers()), type + " is not final");
      assertTrue(!type.isRecord(), type + " is a record");
    }
  }

  @Test
  void toBuilderCopiesEveryValue() {
    WriteOptions write = WriteOptions.builder().threads(3).level(9).spillThreshold(1 << 20).build();
    ArchiveLimits archive = ArchiveLimits.builder().maxEntries(7).maxEntrySize(8).maxTotalSize(9).maxRatio(10)
        .ratioThreshold(11).maxNameBytes(12).maxSegmentBytes(13).maxDepth(14).build();
    AssetLimits asset = AssetLimits.builder().maxGltfBytes(1).maxGlbJsonBytes(2).maxLineBytes(3).maxJsonDepth(4)
        .maxUriLength(5).maxReferences(6).build();
    PackageOptions pack = PackageOptions.builder().write(write).assetLimits(asset)
        .sessionFormat(SessionFormat.SMILE).missingFiles(MissingFiles.RECORD).build();
    List<Object> originals = List.of(write, archive, asset, pack);
    List<Object> copies = List.of(write.toBuilder().build(), archive.toBuilder().build(), asset.toBuilder().build(),
        pack.toBuilder().build());
    for (int i = 0; i < originals.size(); i++) {
      Object options = originals.get(i);
      Object copy = copies.get(i);
      assertEquals(options, copy);
      assertEquals(options.hashCode(), copy.hashCode());
      assertEquals(options.toString(), copy.toString());
    }
    assertEquals("WriteOptions[threads=3, level=9, spillThreshold=1048576]", write.toString());
    assertEquals(List.of(7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L), List.of((long) archive.maxEntries(),
        archive.maxEntrySize(), archive.maxTotalSize(), (long) archive.maxRatio(), archive.ratioThreshold(),
        (long) archive.maxNameBytes(), (long) archive.maxSegmentBytes(), (long) archive.maxDepth()));
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), List.of(asset.maxGltfBytes(), asset.maxGlbJsonBytes(),
        (long) asset.maxLineBytes(), (long) asset.maxJsonDepth(), (long) asset.maxUriLength(),
        (long) asset.maxReferences()));
    assertEquals(List.of(write, asset, SessionFormat.SMILE, MissingFiles.RECORD, "session.smile"),
        List.of(pack.write(), pack.assetLimits(), pack.sessionFormat(), pack.missingFiles(), pack.sessionEntry()));
  }

  @Test
  void oneChangedValueMakesADifferentValue() {
    assertNotEquals(WriteOptions.defaults(), WriteOptions.defaults().withLevel(1));
    assertEquals(5, WriteOptions.defaults().level());
    assertNotEquals(ArchiveLimits.defaults(), ArchiveLimits.defaults().toBuilder().maxDepth(3).build());
    assertNotEquals(AssetLimits.defaults(), AssetLimits.defaults().withMaxReferences(3));
    assertNotEquals(PackageOptions.defaults(), PackageOptions.builder().threads(1).threads(2).build().toBuilder()
        .missingFiles(MissingFiles.RECORD).build());
    assertEquals(WriteOptions.defaults(), WriteOptions.defaults().withLevel(1).withLevel(WriteOptions.DEFAULT_LEVEL));
  }

  @Test
  void buildersCheckValuesAndRefuseNull() {
    assertEquals("level (10) must be in 1..9",
        assertThrows(IllegalArgumentException.class, () -> WriteOptions.builder().level(10).build()).getMessage());
    assertEquals("maxDepth (0) must be positive",
        assertThrows(IllegalArgumentException.class, () -> ArchiveLimits.builder().maxDepth(0).build()).getMessage());
    assertEquals("maxJsonDepth (0) must be between 1 and 10000",
        assertThrows(IllegalArgumentException.class, () -> AssetLimits.defaults().withMaxJsonDepth(0)).getMessage());
    assertEquals("codec is null",
        assertThrows(NullPointerException.class, () -> PackageOptions.builder().codec(null)).getMessage());
  }
}
