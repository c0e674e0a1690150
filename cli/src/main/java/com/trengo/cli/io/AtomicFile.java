package com.trengo.cli.io;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written in full or not at all: the text goes to a temporary file beside the target, which
 * replaces the target only when everything was written ({@link #commit()}); otherwise {@link #close()}
 * deletes it, and a file that was there before is untouched. A failed export never truncates a backup.
 * The temporary file is forced to disk before the rename, so that after a crash the target is the old
 * file or the new one, never a renamed file whose contents had not reached the disk.
 */
public final class AtomicFile implements AutoCloseable {

  private final Path target;
  private final Path temporary;
  private final FileOutputStream stream;
  private final Writer writer;
  private boolean committed;

  private AtomicFile(Path target, Path temporary) throws IOException {
    this.target = target;
    this.temporary = temporary;
    this.stream = new FileOutputStream(temporary.toFile());
    this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
  }

  /** Starts writing {@code target}; nothing of it changes until {@link #commit()}. */
  public static AtomicFile open(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temporary = Files.createTempFile(absolute.getParent(), prefix(absolute), ".tmp");
    return new AtomicFile(absolute, temporary);
  }

  /**
   * Deletes the temporary files an {@code AtomicFile} of {@code target} left when its process was
   * killed before it committed or cleaned up ({@code .NAME.<digits>.tmp} beside it), and says how many.
   * For a file rewritten often (a checkpoint), so that kills do not pile them up.
   */
  public static int removeLeftovers(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    String prefix = prefix(absolute);
    int removed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(absolute.getParent(), prefix + "*.tmp")) {
      for (Path file : files) {
        String middle = file.getFileName().toString();
        middle = middle.substring(prefix.length(), middle.length() - ".tmp".length());
        if (middle.matches("\\d+") && Files.deleteIfExists(file)) {
          removed++;
        }
      }
    }
    return removed;
  }

  private static String prefix(Path absolute) {
    return "." + absolute.getFileName() + ".";
  }

  /** Where to write. */
  public Writer writer() {
    return writer;
  }

  /** Puts the written file in place of the target, atomically where the file system can. */
  public void commit() throws IOException {
    writer.flush();
    stream.getFD().sync();
    writer.close();
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  /** Without a commit: drops what was written. */
  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        writer.close();
      } finally {
        Files.deleteIfExists(temporary);
      }
    }
  }
}
