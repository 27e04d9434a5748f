package dev.appsim.session.cli;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.codec.SessionFormatException;
import dev.appsim.session.codec.io.SpecialFileException;
import dev.appsim.session.model.SessionException;
import dev.appsim.session.model.SessionInternalException;
import dev.appsim.session.model.SessionValidationException;
import dev.appsim.session.room.MissingDependenciesException;
import dev.appsim.session.room.PlannedReference;
import dev.appsim.session.room.asset.AssetFormatException;
import dev.appsim.session.room.error.IntegrityException;
import dev.appsim.session.room.error.UnsafeArchiveException;
import dev.appsim.session.room.path.HostEncodingException;
import dev.appsim.session.room.path.PathSyntaxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A failure as the user sees it: the exit status, one sentence saying what went wrong, where, and
 * what to do, and for missing dependencies the list of what was tried.
 *
 * @param exitCode the process exit status, see {@link ExitCode}
 * @param message one sentence, without a trailing newline
 * @param details extra lines printed indented below the sentence; usually empty
 */
record Failure(int exitCode, String message, List<String> details) {
  /** Longest library message repeated in the sentence; the rest is cut, the stack trace has it all. */
  private static final int MAX_REASON = 600;
  /** How the room reader words an archive that is a zip but not a room. */
  private static final String NOT_A_ROOM = "not a room: ";

  Failure {
    requireNonNull(message, "message is null");
    details = List.copyOf(requireNonNull(details, "details is null"));
  }

  private Failure(int exitCode, String message) {
    this(exitCode, message, List.of());
  }

  /** Classifies {@code error} raised while working on {@code subject} (a file name, or empty). */
  static Failure of(Throwable error, String subject) {
    String of = subject.isEmpty() ? "the input" : subject;
    if (error instanceof UncheckedIOException unchecked && unchecked.getCause() != null) {
      return of(unchecked.getCause(), subject);
    }
    if (error instanceof LinkageError e) {
      // A class missing or of another version: the installation is at fault, never the input.
      return new Failure(ExitCode.FAILURE, "cannot work on " + of + ": this installation is incomplete or mixes"
          + " versions (" + e.getClass().getSimpleName() + ": " + reason(e) + "); reinstall the command, or put"
          + " every jar of one release on the class or module path");
    }
    if (error instanceof SessionInternalException e) {
      // A bug of ours, not bad input: "fix the input" would send the user the wrong way.
      return new Failure(ExitCode.FAILURE, reason(e) + "; rerun with --verbose and report the stack trace");
    }
    if (error instanceof MissingDependenciesException e) {
      return missing(e, of);
    }
    if (error instanceof IntegrityException e) {
      return new Failure(ExitCode.INTEGRITY, of + " failed its integrity check" + entry(e.location()) + ": "
          + reason(e) + "; the file is damaged or was changed after packaging, get a fresh copy");
    }
    if (error instanceof UnsafeArchiveException e && reason(e).startsWith(NOT_A_ROOM)) {
      // Another kind of zip (or a damaged start): nothing hostile about it, and no warning about other tools.
      return new Failure(ExitCode.INVALID, of + " is not a room: " + reason(e).substring(NOT_A_ROOM.length())
          + "; give a .room made by 'session package' (a zip archive of another kind is not one)");
    }
    if (error instanceof UnsafeArchiveException e) {
      return new Failure(ExitCode.INVALID, of + " is not a safe room" + entry(e.location()) + ": " + reason(e)
          + "; nothing was written, do not unpack it with other tools and ask for it to be packaged again");
    }
    if (error instanceof HostEncodingException e) {
      return new Failure(ExitCode.FAILURE, "cannot work on " + of + ": " + reason(e));
    }
    if (error instanceof AssetFormatException e) {
      return new Failure(ExitCode.INVALID, "an asset referenced by " + of + " is malformed at " + e.location() + ": "
          + reason(e) + "; fix or replace that file");
    }
    if (error instanceof PathSyntaxException e) {
      return new Failure(ExitCode.INVALID, "a path in " + of + " cannot be parsed (\"" + e.location() + "\"): "
          + reason(e) + "; correct the path in the file");
    }
    if (error instanceof SidecarException e) {
      return new Failure(ExitCode.INVALID, "the geometry cache of " + of + ", " + e.location() + ", cannot be read: "
          + reason(e) + "; fix or replace that file");
    }
    if (error instanceof SessionValidationException e) {
      long n = e.total();
      return new Failure(ExitCode.INVALID, of + " is not a valid session: " + n + (n == 1 ? " violation" : " violations")
          + ", first " + e.violations().get(0) + "; run 'session validate " + of + "' to list "
          + (n == 1 ? "it" : "them all"));
    }
    if (error instanceof SessionFormatException e) {
      return new Failure(ExitCode.INVALID, of + " is not a readable session: " + reason(e)
          + "; check that it is a .session file and that it is complete");
    }
    if (error instanceof SessionException e) {
      return new Failure(ExitCode.INVALID, of + " is invalid" + at(e.location()) + ": " + reason(e)
          + "; fix the input and try again");
    }
    if (error instanceof IOException e) {
      return new Failure(ExitCode.FAILURE, io(e, of));
    }
    return new Failure(ExitCode.FAILURE, "unexpected " + error.getClass().getName() + " while working on " + of
        + (error.getMessage() == null ? "" : ": " + flatten(error.getMessage()))
        + "; rerun with --verbose and report the stack trace");
  }

  /**
   * The failure as {@code --json} output prints it on stdout: {@code {"file": ..., "error":
   * {"command", "exitCode", "message", "details"}}}, the same sentence as on stderr.
   *
   * @param file the input it concerns, as given, or null
   */
  ObjectNode toJson(String command, @Nullable String file) {
    ObjectNode root = Json.object();
    root.put("file", file);
    ObjectNode error = root.putObject("error");
    error.put("command", command);
    error.put("exitCode", exitCode);
    error.put("message", message);
    ArrayNode lines = error.putArray("details");
    details.forEach(lines::add);
    return root;
  }

  private static Failure missing(MissingDependenciesException e, String of) {
    List<PlannedReference> unresolved = e.unresolved();
    // Grouped by cause and prefix, so 24 files below one unmapped folder read as one missing remap.
    List<String> details = new ArrayList<>(e.report());
    int n = unresolved.size();
    return new Failure(ExitCode.MISSING_DEPENDENCIES, n + (n == 1 ? " reference" : " references") + " in " + of
        + " could not be resolved to a file, first " + (unresolved.isEmpty() ? "" : unresolved.get(0).site() + " \""
        + unresolved.get(0).raw() + "\"") + "; add --remap FROM=TO, --search-path DIR or --env NAME=VALUE,"
        + " or pass --allow-missing to package without them", details);
  }

  private static String io(IOException e, String of) {
    if (e instanceof SpecialFileException f) {
      return f.getMessage() + "; give the path of a regular file, or of one to create";
    }
    if (e instanceof NoSuchFileException f) {
      String reason = f.getReason();
      return "cannot find " + f.getFile() + (reason == null ? "; check the path"
          : ": " + reason + (reason.contains(";") ? "" : "; check the path"));
    }
    if (e instanceof AccessDeniedException f) {
      return "permission denied for " + f.getFile() + "; check its permissions";
    }
    if (e instanceof FileAlreadyExistsException || e instanceof DirectoryNotEmptyException) {
      return ((FileSystemException) e).getFile() + " already exists and is not an empty folder;"
          + " choose a new or empty folder";
    }
    if (e instanceof NotDirectoryException f) {
      return f.getFile() + " is not a folder; give a folder";
    }
    if (e instanceof FileSystemException f) {
      return "cannot access " + f.getFile() + (f.getReason() == null ? "" : ": " + f.getReason())
          + "; check the path, permissions and free space";
    }
    return "I/O failure while working on " + of + (e.getMessage() == null ? "" : ": " + flatten(e.getMessage()))
        + "; check the path, permissions and free space";
  }

  private static String entry(String location) {
    return location.isEmpty() ? "" : " at entry \"" + location + "\"";
  }

  private static String at(String location) {
    return location.isEmpty() ? "" : " at " + location;
  }

  private static String reason(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : flatten(e.getMessage());
  }

  /** A multi-line library message on one line: "2 problems:\n  a\n  b" becomes "2 problems: a; b". */
  static String flatten(String message) {
    String line = message.strip().replaceAll(":\\s*\\R\\s*", ": ").replaceAll("\\s*\\R\\s*", "; ");
    return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON) + "...";
  }
}
