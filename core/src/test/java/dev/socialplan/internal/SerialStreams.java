package dev.socialplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/** Serialised forms for the tests, and tampering with one field's bytes in them. */
public final class SerialStreams {
  private SerialStreams() {}

  public static byte[] serialize(Object value) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(value);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Object deserialize(byte[] stream) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stream))) {
      return in.readObject();
    }
  }

  /** Replaces the only occurrence of {@code from} in the stream by {@code to}, of the same length. */
  public static byte[] replace(byte[] stream, byte[] from, byte[] to) {
    assertThat(to).as("a replacement of the same length").hasSameSizeAs(from);
    int found = -1;
    for (int i = 0; i + from.length <= stream.length; i++) {
      boolean match = true;
      for (int j = 0; j < from.length && match; j++) {
        match = stream[i + j] == from[j];
      }
      if (match) {
        assertThat(found).as("the tampered bytes occur once").isEqualTo(-1);
        found = i;
      }
    }
    assertThat(found).as("the tampered bytes occur").isNotNegative();
    byte[] copy = stream.clone();
    System.arraycopy(to, 0, copy, found, to.length);
    return copy;
  }

  public static byte[] bytes(double value) {
    return ByteBuffer.allocate(8).putDouble(value).array();
  }

  public static byte[] bytes(long value) {
    return ByteBuffer.allocate(8).putLong(value).array();
  }

  /** The bytes of an ASCII string as a stream holds them (modified UTF-8, same as ASCII). */
  public static byte[] bytes(String ascii) {
    return ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }
}
