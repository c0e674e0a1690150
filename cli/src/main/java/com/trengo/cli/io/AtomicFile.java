package com.trengo.cli.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written in full or not at all: the text goes to a temporary file beside the target, which
 * replaces the target only when everything was written ({@link #commit()}); otherwise {@link #close()}
 * deletes it, and a file that was there before is untouched. A failed export never truncates a backup.
 */
public final class AtomicFile implements AutoCloseable {

  private final Path target;
  private final Path temporary;
  private final Writer writer;
  private boolean committed;

  private AtomicFile(Path target, Path temporary) throws IOException {
    this.target = target;
    this.temporary = temporary;
    this.writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
  }

  /** Starts writing {@code target}; nothing of it changes until {@link #commit()}. */
  public static AtomicFile open(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
    return new AtomicFile(absolute, temporary);
  }

  /** Where to write. */
  public Writer writer() {
    return writer;
  }

  /** Puts the written file in place of the target, atomically where the file system can. */
  public void commit() throws IOException {
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
