package dev.appsim.session.codec.internal;

/** Receives the layout of the next array from the writer; a no-op outside canonical JSON. */
public interface ArrayLayout {
  /** Layout that ignores hints, for Smile and for host applications' own generators. */
  ArrayLayout NONE = inline -> {};

  /** Whether the next array starts inline (scalars) or one element per line (containers). */
  void nextArrayInline(boolean inline);
}
