package org.storylens.model;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;

/**
 * An immutable run of bytes: the raw content of a document as a source delivered it.
 *
 * <p>Why not a {@code byte[]} in the record? Records compare arrays by identity and hand out the
 * array itself, so a caller could change a document after the fact. This copies on the way in and
 * on the way out of {@link #toArray()}, and reads without copying through {@link #openStream()}.
 */
public final class Bytes implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Bytes EMPTY = new Bytes(new byte[0]);

  private final byte[] data;

  private Bytes(byte[] owned) {
    this.data = owned;
  }

  public static Bytes copyOf(byte[] source) {
    return source.length == 0 ? EMPTY : new Bytes(source.clone());
  }

  public static Bytes copyOf(byte[] source, int length) {
    return length == 0 ? EMPTY : new Bytes(Arrays.copyOf(source, length));
  }

  public int length() {
    return data.length;
  }

  public boolean isEmpty() {
    return data.length == 0;
  }

  public byte get(int index) {
    return data[index];
  }

  public InputStream openStream() {
    return new ByteArrayInputStream(data);
  }

  /** A fresh copy of the bytes; callers may change it freely. */
  public byte[] toArray() {
    return data.clone();
  }

  /** A fresh copy of at most the first {@code max} bytes. */
  public byte[] head(int max) {
    return Arrays.copyOf(data, Math.min(max, data.length));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bytes that && Arrays.equals(data, that.data);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "Bytes[" + data.length + "]";
  }
}
