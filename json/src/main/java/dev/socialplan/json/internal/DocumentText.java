package dev.socialplan.json.internal;

import java.io.Writer;
import java.util.Arrays;
import java.util.Objects;

/**
 * The text of a document being written to a {@code String}: a {@code char[]} that grows as
 * needed. A {@link java.io.StringWriter} is slower for this: its {@code StringBuffer} locks on
 * every write, starts out one byte per character and, at the first character outside Latin-1
 * (the Chinese of a plan's posts, an emoji), copies everything written so far into two bytes per
 * character. Here a document is copied once into the array and once into the {@code String}.
 * Not thread-safe; {@link #flush()} and {@link #close()} do nothing.
 */
public final class DocumentText extends Writer {
  /** Above this a {@code char[]} may not be allocatable (the JDK's own limit for arrays). */
  private static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

  private char[] chars = new char[4096];
  private int length;

  /** Creates an empty text. */
  public DocumentText() {
    // The fields' initial values are the empty text.
  }

  @Override
  public void write(char[] cbuf, int off, int len) {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    reserve(len);
    System.arraycopy(cbuf, off, chars, length, len);
    length += len;
  }

  @Override
  public void write(int c) {
    reserve(1);
    chars[length++] = (char) c;
  }

  @Override
  public void write(String str, int off, int len) {
    Objects.checkFromIndexSize(off, len, str.length());
    reserve(len);
    str.getChars(off, off + len, chars, length);
    length += len;
  }

  private void reserve(int more) {
    if (more <= chars.length - length) {
      return;
    }
    long needed = (long) length + more;
    if (needed > MAX_LENGTH) {
      throw new OutOfMemoryError(
          "a document of more than " + MAX_LENGTH + " characters does not fit in a String");
    }
    chars = Arrays.copyOf(chars, (int) Math.max(needed, Math.min(MAX_LENGTH, 2L * chars.length)));
  }

  @Override
  public void flush() {
    // Nothing is held back.
  }

  @Override
  public void close() {
    // Nothing to release; the text stays readable.
  }

  /**
   * Returns the characters written so far.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
