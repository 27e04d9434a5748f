package dev.appsim.session.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeometryTest {
  @Test
  void rejectsNonFiniteVectorComponents() {
    assertEquals(List.of("/1: must be a finite number, was NaN", "/2: must be a finite number, was Infinity"),
        Violations.of(() -> new Vec3(0, Double.NaN, Double.POSITIVE_INFINITY)));
  }

  @Test
  void rejectsNonUnitQuaternionBeyondTolerance() {
    assertEquals(List.of("/: rotation is not a unit quaternion: norm 2.0 differs from 1 by more than 0.001"),
        Violations.of(() -> new Quaternion(0, 0, 0, 2)));
  }

  @Test
  void acceptsQuaternionRoundedToSevenDigits() {
    Quaternion q = new Quaternion(0, 0.7071068, 0, 0.7071068);
    assertEquals(0.7071068, q.y());
  }

  @Test
  void rejectsZeroScaleOnEveryAxis() {
    assertEquals(List.of("/scale/0: scale must not be zero", "/scale/2: scale must not be zero"),
        Violations.of(() -> new Transform(Vec3.ZERO, Quaternion.IDENTITY, new Vec3(0, 1, 0))));
  }

  @Test
  void identityTransformIsRecognised() {
    assertTrue(new Transform(Vec3.ZERO, Quaternion.IDENTITY, Vec3.ONE).isIdentity());
    assertTrue(!Transform.translation(0, 0, 1).isIdentity());
  }

  @Test
  void rejectsInvertedBounds() {
    assertEquals(List.of("/min/1: min 2.0 is greater than max 1.0"),
        Violations.of(() -> new Bounds(new Vec3(0, 2, 0), new Vec3(1, 1, 1))));
  }

  @Test
  void rejectsNegativeColour() {
    assertEquals(List.of("/0: -0.5 must be >= 0"), Violations.of(() -> new Rgb(-0.5, 0, 0)));
  }

  @Test
  void vectorIndexOutsideRangeFailsWithMessage() {
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> Vec3.ZERO.get(3));
    assertEquals("Vec3 index 3 is not 0, 1 or 2", e.getMessage());
  }

  @Test
  void floatArraysCompareByValueAndCopyTheirInput() {
    float[] source = {1, 2, 3};
    FloatArray a = FloatArray.of(source);
    source[0] = 9;
    assertEquals(FloatArray.of(1, 2, 3), a);
    assertEquals(FloatArray.of(1, 2, 3).hashCode(), a.hashCode());
    assertNotEquals(FloatArray.of(0.0f), FloatArray.of(-0.0f));
    float[] copy = a.toArray();
    copy[1] = 7;
    assertEquals(2, a.get(1));
  }

  @Test
  void arrayToStringShowsSizeAndAFewValues() {
    FloatArray.Builder b = FloatArray.builder(0);
    for (int i = 0; i < 1000; i++) {
      b.add(i);
    }
    assertEquals("FloatArray[size=1000: 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, ...]", b.build().toString());
    assertEquals("IntArray[size=2: 7, 8]", IntArray.of(7, 8).toString());
  }

  @Test
  void builderHandsOverExactlySizedStorageOnce() {
    IntArray.Builder b = IntArray.builder(2).add(1).add(2);
    assertEquals(IntArray.of(1, 2), b.build());
    IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
    assertEquals("build() was already called", e.getMessage());
  }
}
