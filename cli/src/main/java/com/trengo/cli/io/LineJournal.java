package com.trengo.cli.io;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * A file of lines that only grows, one whole line at a time, each forced to disk before {@link
 * #append} returns. What it holds is told by its {@linkplain #bytes() length} and the {@linkplain
 * #sha256() SHA-256} of those bytes, which a checkpoint records after each line: on the next run,
 * {@link #reopen} checks that the file still starts with exactly what the checkpoint knew.
 *
 * <p>A process killed while appending leaves at worst an incomplete last line (no line feed). {@link
 * #reopen} cuts that line off; it is the only change ever made to bytes already in the file, and only
 * to bytes after the last line feed. Lines after the checkpoint's length that are complete are kept
 * (they were written before the kill, the checkpoint not yet): the caller is shown each of them.
 *
 * <p>Not thread-safe.
 */
public final class LineJournal implements Closeable {

  private final Path file;
  private final FileChannel channel;
  private final MessageDigest digest;
  private long bytes;

  private LineJournal(Path file, FileChannel channel, MessageDigest digest, long bytes) {
    this.file = file;
    this.channel = channel;
    this.digest = digest;
    this.bytes = bytes;
  }

  /** The file does not hold what the checkpoint says it held, or is in use: it must not be appended to. */
  public static final class MismatchException extends Exception {
    private static final long serialVersionUID = 1L;

    MismatchException(String message) {
      super(message);
    }
  }

  /** What {@link #reopen} found after the checkpoint's length. */
  public record Recovered(LineJournal journal, long linesAfterCheckpoint, long incompleteBytesRemoved) {}

  /** The SHA-256 of nothing: the hash of an empty journal. */
  public static String emptySha256() {
    return HexFormat.of().formatHex(sha256Digest().digest());
  }

  /**
   * Opens {@code file} to append after what it holds, checking it first.
   *
   * @param committedBytes how long the file was at the checkpoint (0 for a file not yet written)
   * @param committedSha256 the SHA-256 of those bytes, in lower-case hex
   * @param eachLine called with every complete line, in order (without its line feed), the checkpoint's
   *     and those after it; it throws {@link IllegalArgumentException} for a line that is not one of
   *     the caller's, which ends in a {@link MismatchException} naming the line
   * @throws MismatchException when the file is shorter than {@code committedBytes}, its first bytes
   *     hash differently, or a complete line is refused; the file is then left exactly as it was
   */
  public static Recovered reopen(Path file, long committedBytes, String committedSha256, Consumer<String> eachLine)
      throws IOException, MismatchException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      lock(channel, file);
      return reopen(file, channel, committedBytes, committedSha256, eachLine);
    } catch (IOException | MismatchException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static Recovered reopen(Path file, FileChannel channel, long committedBytes, String committedSha256,
      Consumer<String> eachLine) throws IOException, MismatchException {
    MessageDigest digest = sha256Digest();
    long complete = 0; // bytes up to and including the last line feed
    long lines = 0;
    long linesAfter = 0;
    boolean verified = committedBytes == 0;
    if (verified) {
      checkHash(digest, committedSha256, file, committedBytes);
    }
    long total = channel.size();
    if (total < committedBytes) {
      throw new MismatchException(file + " is " + total + " bytes long, but the checkpoint says "
          + committedBytes + " were written: the file changed since");
    }
    // Read through the locked channel itself: closing another channel on the file would release the lock.
    ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
    ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
    for (long position = 0; position < total; ) {
      chunk.clear();
      int read = channel.read(chunk, position);
      if (read < 0) {
        break;
      }
      position += read;
      byte[] bytes = chunk.array();
      int from = 0;
      for (int i = 0; i < read; i++) {
        if (bytes[i] != '\n') {
          continue;
        }
        line.write(bytes, from, i + 1 - from);
        from = i + 1;
        byte[] whole = line.toByteArray();
        line.reset();
        long start = complete;
        complete += whole.length;
        lines++;
        if (!verified && complete > committedBytes) {
          throw new MismatchException(file + ": the checkpoint's " + committedBytes
              + " bytes end inside line " + lines + ": the file changed since");
        }
        digest.update(whole);
        if (!verified && complete == committedBytes) {
          checkHash(digest, committedSha256, file, committedBytes);
          verified = true;
        }
        if (start >= committedBytes) {
          linesAfter++;
        }
        try {
          eachLine.accept(new String(whole, 0, whole.length - 1, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          throw new MismatchException(file + " line " + lines + ": " + e.getMessage());
        }
      }
      line.write(bytes, from, read - from);
    }
    if (!verified) {
      // Only possible when the file ends in an incomplete line inside what the checkpoint counted.
      throw new MismatchException(file + ": the checkpoint's " + committedBytes
          + " bytes end inside its incomplete last line: the file changed since");
    }
    long incomplete = total - complete;
    if (incomplete > 0) {
      channel.truncate(complete);
      channel.force(true);
    }
    channel.position(complete);
    return new Recovered(new LineJournal(file, channel, digest, complete), linesAfter, incomplete);
  }

  /** Opens {@code file}, which must be empty or absent, to append to. */
  public static LineJournal create(Path file) throws IOException, MismatchException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      lock(channel, file);
      if (channel.size() != 0) {
        throw new MismatchException(file + " is not empty");
      }
      return new LineJournal(file, channel, sha256Digest(), 0);
    } catch (IOException | MismatchException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Holds the file for this process until the journal is closed: a second process appending at the
   * same time would interleave its lines with these. The lock is the operating system's (advisory on
   * Linux and macOS: it keeps out another journal, not an editor).
   */
  private static void lock(FileChannel channel, Path file) throws IOException, MismatchException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      throw new MismatchException(file + " is being written by another run right now (it is locked)");
    }
  }

  /**
   * Appends {@code line} and a line feed in one write, and forces it to disk. On failure the file may
   * end in an incomplete line, which {@link #reopen} removes.
   *
   * @throws IllegalArgumentException when {@code line} holds a line feed
   */
  public void append(String line) throws IOException {
    if (line.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a line must not hold a line feed");
    }
    byte[] text = (line + "\n").getBytes(StandardCharsets.UTF_8);
    ByteBuffer buffer = ByteBuffer.wrap(text);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    channel.force(false);
    digest.update(text);
    bytes += text.length;
  }

  /** How many bytes the file holds, all of them whole lines. */
  public long bytes() {
    return bytes;
  }

  /** The SHA-256 of the file's bytes, lower-case hex. */
  public String sha256() {
    try {
      return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 cannot be cloned", e);
    }
  }

  /** The file. */
  public Path file() {
    return file;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  private static void checkHash(MessageDigest digest, String expected, Path file, long length)
      throws MismatchException {
    String actual;
    try {
      actual = HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 cannot be cloned", e);
    }
    if (!actual.equalsIgnoreCase(expected)) {
      throw new MismatchException(file + ": its first " + length
          + " bytes are not those the checkpoint recorded (SHA-256 differs): the file changed since");
    }
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
