package dev.appsim.session.room.asset;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** An OBJ or MTL file, streamed line by line in bounded memory. */
final class TextAsset {
  private final TextGrammar grammar;
  private final AssetLimits limits;

  TextAsset(AssetFormat format, AssetLimits limits) {
    this.grammar = new TextGrammar(format);
    this.limits = limits;
  }

  List<AssetReference> scan(Path path) throws IOException {
    String file = path.toString();
    List<AssetReference> found = new ArrayList<>();
    try (InputStream in = Files.newInputStream(path)) {
      LineReader lines = new LineReader(in, file, limits.maxLineBytes());
      while (lines.next()) {
        for (Splice s : grammar.references(lines.bytes(), lines.length(), lines.number(), file)) {
          found.add(s.reference());
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * Writes the file with references replaced. Lines are written as they are read, so a malformed
   * line late in the file fails after earlier lines were written: callers write to a staging file.
   */
  void rewrite(Path path, Function<AssetReference, String> replacement, OutputStream target)
      throws IOException {
    String file = path.toString();
    OutputStream out = new BufferedOutputStream(target, 64 * 1024);
    try (InputStream in = Files.newInputStream(path)) {
      LineReader lines = new LineReader(in, file, limits.maxLineBytes());
      while (lines.next()) {
        byte[] line = lines.bytes();
        int copied = 0;
        for (Splice s : grammar.references(line, lines.length(), lines.number(), file)) {
          String next = Replacements.apply(replacement, s.reference(), file);
          if (next.equals(s.reference().raw())) {
            continue;
          }
          grammar.checkReplacement(next, s.reference(), file);
          out.write(line, copied, (int) s.start() - copied);
          out.write(next.getBytes(StandardCharsets.UTF_8));
          copied = (int) s.end();
        }
        out.write(line, copied, lines.length() - copied);
        out.write(lines.terminator());
      }
    }
    out.flush();
  }
}
