package dev.appsim.session.room;

/** How an unpacked session refers to its files. */
public enum PathStyle {
  /** Absolute paths of the unpacked files, what the simulator expects (the default). */
  ABSOLUTE,
  /** Paths relative to the unpacked session file, so the folder can be moved as a whole. */
  RELATIVE
}
