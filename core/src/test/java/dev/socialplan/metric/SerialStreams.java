package dev.socialplan.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/** Serialised forms for the tests, and tampering with one field's bytes in them. */
final class SerialStreams {
  private SerialStreams() {}

  static byte[] serialize(Object value) {
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

  static Object deserialize(byte[] stream) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stream))) {
      return in.readObject();
    }
  }

  /** Replaces the only occurrence of {@code from} in the stream by {@code to}, of the same length. */
  static byte[] replace(byte[] stream, byte[] from, byte[] to) {
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

  static byte[] bytes(double value) {
    return ByteBuffer.allocate(8).putDouble(value).array();
  }

  static byte[] bytes(long value) {
    return ByteBuffer.allocate(8).putLong(value).array();
  }
}
