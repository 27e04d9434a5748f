package dev.appsim.session.room.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Large deflated entries are compressed in independent blocks (pigz-style): the bytes are the same
 * for any thread count, and they are one valid deflate stream that {@link Inflater}, our reader
 * and Info-ZIP's {@code unzip -t} read back, with the CRC-32 of the whole content.
 */
class BlockDeflateProperties {
  private static final int MIB = 1 << 20;
  private Path folder;

  @BeforeProperty
  void folder() throws IOException {
    folder = Files.createTempDirectory("block-deflate");
  }

  @AfterProperty
  void clean() throws IOException {
    try (var files = Files.walk(folder)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Property(tries = 12)
  void oneTwoAndFourThreadsWriteTheSameBytesThatInflateBack(@ForAll("contents") byte[] content) throws Exception {
    byte[] one = write("one.room", content, 1);
    assertArrayEquals(one, write("two.room", content, 2));
    assertArrayEquals(one, write("four.room", content, 4));
    try (SafeZipReader reader = SafeZipReader.open(folder.resolve("one.room"))) {
      ZipEntryInfo info = reader.entry("scan.obj").orElseThrow();
      CRC32 crc = new CRC32();
      crc.update(content);
      assertEquals(crc.getValue(), info.crc32());
      try (InputStream raw = reader.openRaw(info)) {
        assertArrayEquals(content, inflate(raw.readAllBytes()));
      }
      assertArrayEquals(content, RoomZipFixtures.readAll(reader, "scan.obj"));
    }
  }

  @Provide
  Arbitrary<byte[]> contents() {
    // Around the threshold and the block boundaries, and well past them; text and random bytes.
    Arbitrary<Integer> size = Arbitraries.oneOf(
        Arbitraries.of(MIB - 1, MIB, MIB + 1, MIB + (128 << 10), 2 * MIB, 2 * MIB + 7),
        Arbitraries.integers().between(MIB, 3 * MIB));
    return Arbitraries.longs().flatMap(seed -> size.map(n -> content(seed, n)));
  }

  private static byte[] content(long seed, int size) {
    Random random = new Random(seed);
    byte[] bytes = new byte[size];
    if (seed % 3 == 0) {
      random.nextBytes(bytes);
      return bytes;
    }
    // Numeric text with repeats reaching back across block boundaries.
    StringBuilder text = new StringBuilder(size + 64);
    while (text.length() < size) {
      text.append("v ").append(random.nextInt(1000)).append('.').append(random.nextInt(100)).append(" 0.5 1.0\n");
    }
    return text.substring(0, size).getBytes(StandardCharsets.US_ASCII);
  }

  @Property(tries = 1)
  void unzipTestsABlockDeflatedEntry() throws Exception {
    assumeTrue(RoomZipFixtures.onPath("unzip"), "unzip is not installed");
    byte[] content = content(1, 3 * MIB + 12345);
    write("big.room", content, 2);
    Process p = new ProcessBuilder("unzip", "-t", folder.resolve("big.room").toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), output);
    assertTrue(output.contains("No errors detected"), output);
  }

  @Property(tries = 1)
  void blocksCostLittleCompressionAgainstOneStream() throws Exception {
    byte[] content = content(2, 4 * MIB);
    byte[] room = write("text.room", content, 2);
    java.util.zip.Deflater single = new java.util.zip.Deflater(WriteOptions.DEFAULT_LEVEL, true);
    single.setInput(content);
    single.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 << 10];
    while (!single.finished()) {
      out.write(buffer, 0, single.deflate(buffer));
    }
    single.end();
    assertTrue(room.length < out.size() * 1.02, room.length + " against " + out.size());
  }

  @Property(tries = 8)
  void contentUnderTheThresholdIsOneStreamFedInChunksWhateverItsBlocks(
      @ForAll("underThreshold") byte[] content) throws Exception {
    // The writer reads such content in 128 KiB blocks; the stream is that of one array fed in
    // 64 KiB chunks, the layout every room under 1 MiB had before.
    java.util.zip.Deflater single = new java.util.zip.Deflater(WriteOptions.DEFAULT_LEVEL, true);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 << 10];
    for (int at = 0; at < content.length; at += 64 << 10) {
      single.setInput(content, at, Math.min(64 << 10, content.length - at));
      while (!single.needsInput()) {
        expected.write(buffer, 0, single.deflate(buffer));
      }
    }
    single.finish();
    while (!single.finished()) {
      expected.write(buffer, 0, single.deflate(buffer));
    }
    single.end();
    write("small.room", content, 2);
    try (SafeZipReader reader = SafeZipReader.open(folder.resolve("small.room"));
        InputStream raw = reader.openRaw(reader.entry("scan.obj").orElseThrow())) {
      assertArrayEquals(expected.toByteArray(), raw.readAllBytes());
    }
  }

  @Provide
  Arbitrary<byte[]> underThreshold() {
    Arbitrary<Integer> size = Arbitraries.oneOf(
        Arbitraries.of(0, 1, (128 << 10) - 1, 128 << 10, (128 << 10) + 1, 700_000, MIB - 1),
        Arbitraries.integers().between(1, MIB - 1));
    return Arbitraries.longs().flatMap(seed -> size.map(n -> content(seed, n)));
  }

  private byte[] write(String name, byte[] content, int threads) throws IOException {
    Path out = folder.resolve(name);
    new RoomZipWriter(WriteOptions.defaults().withThreads(threads)).write(out,
        List.of(ZipEntrySpec.deflated("scan.obj", ZipEntrySource.ofBytes(content))), WriteProgressListener.NONE);
    return Files.readAllBytes(out);
  }

  private static byte[] inflate(byte[] deflated) throws DataFormatException {
    Inflater inflater = new Inflater(true);
    inflater.setInput(deflated);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 << 10];
    while (!inflater.finished()) {
      int n = inflater.inflate(buffer);
      if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
        throw new DataFormatException("stream ends early");
      }
      out.write(buffer, 0, n);
    }
    assertEquals(0, inflater.getRemaining(), "nothing after the final block");
    inflater.end();
    return out.toByteArray();
  }
}
