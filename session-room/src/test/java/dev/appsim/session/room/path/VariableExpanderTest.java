package dev.appsim.session.room.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariableExpanderTest {
  private static final Map<String, String> ENV =
      Map.of("ML_ROOT", "/opt/ml", "ProgramFiles(x86)", "C:\\PF86", "Mixed", "m", "mixed_2", "n");

  private static String expand(String raw) {
    Expansion e = VariableExpander.expand(raw, ENV);
    assertEquals(List.of(), e.undefined(), raw);
    return e.value();
  }

  @Test
  void expandsAllThreeForms() {
    assertEquals("/opt/ml/data/x", expand("$ML_ROOT/data/x"));
    assertEquals("/opt/ml/data/x", expand("${ML_ROOT}/data/x"));
    assertEquals("/opt/ml\\data\\x", expand("%ML_ROOT%\\data\\x"));
    assertEquals("C:\\PF86\\x", expand("%ProgramFiles(x86)%\\x"));
  }

  @Test
  void percentFormIgnoresCaseOnlyWhenOneNameMatches() {
    assertEquals("/opt/ml", expand("%ml_root%"));
    Expansion e = VariableExpander.expand("$ml_root", ENV);
    assertEquals(List.of("ml_root"), e.undefined());
    assertEquals("$ml_root", e.value());
  }

  @Test
  void leavesNonReferencesAsWritten() {
    assertEquals("100%/a%", expand("100%/a%"));
    assertEquals("$5/$/x", expand("$5/$/x"));
    assertEquals("${unclosed/x", expand("${unclosed/x"));
    assertEquals("${}", expand("${}"));
  }

  @Test
  void doesNotExpandValuesAgain() {
    Expansion e = VariableExpander.expand("$A", Map.of("A", "$B", "B", "no"));
    assertEquals("$B", e.value());
  }

  @Test
  void recordsUndefinedVariablesInOrderAndKeepsThemAsWritten() {
    Expansion e = VariableExpander.expand("${NOPE}/%ALSO_NOT%/$ML_ROOT/x", ENV);
    assertEquals(List.of("NOPE", "ALSO_NOT"), e.undefined());
    assertEquals(List.of("${NOPE}", "%ALSO_NOT%"), e.undefinedReferences());
    assertEquals("${NOPE}/%ALSO_NOT%//opt/ml/x", e.value());
  }

  @Test
  void treatsPercentAsEncodingInFileUris() {
    assertEquals("file:///caf%C3%A9%20/opt/ml", expand("file:///caf%C3%A9%20$ML_ROOT"));
  }

  private static PathSyntaxException refused(String raw, Map<String, String> env) {
    PathSyntaxException e = assertThrows(PathSyntaxException.class, () -> VariableExpander.expand(raw, env));
    assertEquals(raw.length() <= 200 ? raw : raw.substring(0, 200) + "... (" + raw.length() + " characters)", e.location());
    return e;
  }

  @Test
  void refusesARawPathOverTheLengthLimitBeforeExpandingAnything() {
    String raw = "%PATH%".repeat((16 << 20) / 6);
    assertEquals("path has 16777212 characters, more than the limit of 32767",
        refused(raw, Map.of("PATH", "x".repeat(1000))).getMessage());
  }

  @Test
  void refusesAnExpansionOverTheLengthLimitBeforeAppendingTheValue() {
    String raw = "%PATH%".repeat(40);
    assertEquals("path expands to more than 32767 characters, the limit, when %PATH% at character 192 adds 1000"
        + " characters to 32000", refused(raw, Map.of("PATH", "x".repeat(1000))).getMessage());
    assertEquals(32_767, VariableExpander.expand("$V", Map.of("V", "v".repeat(32_767))).value().length());
  }

  @Test
  void refusesMoreReferencesThanTheLimitDefinedOrNot() {
    assertEquals("path holds more than 64 variable references, the limit (the 65th is $X at character 128)",
        refused("$X".repeat(65), Map.of()).getMessage());
    assertEquals("path holds more than 64 variable references, the limit (the 65th is ${A} at character 256)",
        refused("${A}".repeat(65), Map.of("A", "a")).getMessage());
    assertEquals(64, VariableExpander.expand("%X%/".repeat(64), Map.of()).undefined().size());
  }

  @Test
  void scansOnlyNamesSoUnclosedBracesStayAsWritten() {
    String raw = "${".repeat(16_000) + "${A}";
    assertEquals("${".repeat(16_000) + "a", VariableExpander.expand(raw, Map.of("A", "a")).value());
  }

  @Test
  void theResolverRecordsAnOverlongExpansionAsASyntaxMiss() {
    PathResolver resolver = new PathResolver(ResolverOptions.builder().environment(Map.of("PATH", "p".repeat(2000))).build());
    Resolution r = resolver.resolve("%PATH%/".repeat(20), Path.of("/"));
    assertEquals(Resolution.Status.MISSING, r.status());
    Attempt attempt = r.attempts().get(r.attempts().size() - 1);
    assertEquals(Attempt.Outcome.INVALID_SYNTAX, attempt.outcome());
    assertEquals("path expands to more than 32767 characters, the limit, when %PATH% at character 112 adds 2000"
        + " characters to 32016", attempt.detail());
  }
}
