package dev.appsim.session.model;

/** An enum constant with the exact name it has in session files (e.g. {@code "birdsEye"}). */
public interface WireNamed {
  /** {@return the name used in session files, e.g. {@code "birdsEye"}; case-sensitive} */
  String wireName();
}
