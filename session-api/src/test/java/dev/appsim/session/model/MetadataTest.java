package dev.appsim.session.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataTest {
  // Regression: Instant.toString writes "+10000-01-01T00:00:00Z", which no reader accepts back.
  @Test
  void rejectsInstantsThatRfc3339CannotWrite() {
    assertEquals(List.of(
            "/createdAt: +10000-01-01T00:00:00Z is outside the years 0000 to 9999 that RFC 3339 can write",
            "/modifiedAt: -0001-12-31T23:59:59Z is outside the years 0000 to 9999 that RFC 3339 can write"),
        Violations.of(() -> new Metadata("n", Instant.parse("+10000-01-01T00:00:00Z"),
            Instant.parse("-0001-12-31T23:59:59Z"), null, Map.of(), Extensions.EMPTY)));
  }

  @Test
  void acceptsTheFirstAndLastWritableInstants() {
    Instant first = Instant.parse("0000-01-01T00:00:00Z");
    Instant last = Instant.parse("9999-12-31T23:59:59.999999999Z");
    Metadata m = new Metadata("n", first, last, null, Map.of(), Extensions.EMPTY);
    assertEquals(last, m.modifiedAt());
  }

  @Test
  void rejectsACaptureTimeThatRfc3339CannotWrite() {
    assertEquals(List.of(
            "/capturedAt: +10000-01-01T00:00:00Z is outside the years 0000 to 9999 that RFC 3339 can write"),
        Violations.of(() -> new GeometryCache(Instant.parse("+10000-01-01T00:00:00Z"), null, List.of(), List.of())));
  }
}
