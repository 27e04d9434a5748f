package dev.appsim.session.room.path;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
