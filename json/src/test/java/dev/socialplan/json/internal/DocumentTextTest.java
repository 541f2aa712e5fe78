package dev.socialplan.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTextTest {

  /** Writes pieces three ways (char array, string, one char at a time) as the piece's index says. */
  private static void writeAll(java.io.Writer out, List<String> pieces) throws java.io.IOException {
    for (int i = 0; i < pieces.size(); i++) {
      String piece = pieces.get(i);
      switch (i % 3) {
        case 0:
          char[] padded = ("<" + piece + ">").toCharArray();
          out.write(padded, 1, piece.length());
          break;
        case 1:
          out.write("[" + piece + "]", 1, piece.length());
          break;
        default:
          for (int k = 0; k < piece.length(); k++) {
            out.write(piece.charAt(k));
          }
          break;
      }
    }
  }

  @Test
  void holdsExactlyWhatAStringWriterHolds() {
    // Any UTF-16 code units, lone surrogates included, in pieces long enough to grow the array
    // several times past its first 4,096 characters.
    qt().withExamples(200)
        .forAll(lists().of(strings().betweenCodePoints(0, 0x10FFFF).ofLengthBetween(0, 3000))
            .ofSizeBetween(0, 12))
        .checkAssert(
            pieces -> {
              StringWriter expected = new StringWriter();
              DocumentText actual = new DocumentText();
              try {
                writeAll(expected, pieces);
                writeAll(actual, pieces);
              } catch (java.io.IOException e) {
                throw new AssertionError(e);
              }
              actual.flush();
              actual.close();
              assertThat(actual.toString()).isEqualTo(expected.toString());
            });
  }

  @Test
  void keepsLatinAndOtherCharactersAfterOneAnother() {
    DocumentText text = new DocumentText();
    text.write("plain ", 0, 6);
    text.write("十五分鐘 🍲", 0, 7);
    text.write('\uD800');
    assertThat(text.toString()).isEqualTo("plain 十五分鐘 🍲\uD800");
  }

  @Test
  void refusesARangeOutsideItsSourceAndWritesNothing() {
    qt().forAll(integers().between(-3, 8), integers().between(-3, 8))
        .assuming((off, len) -> off < 0 || len < 0 || off + len > 5)
        .checkAssert(
            (off, len) -> {
              DocumentText text = new DocumentText();
              text.write("ab", 0, 2);
              assertThatThrownBy(() -> text.write(new char[5], off, len))
                  .isInstanceOf(IndexOutOfBoundsException.class);
              assertThatThrownBy(() -> text.write("abcde", off, len))
                  .isInstanceOf(IndexOutOfBoundsException.class);
              assertThat(text.toString()).isEqualTo("ab");
            });
  }

  @Test
  void anEmptyTextIsTheEmptyString() {
    assertThat(new DocumentText().toString()).isEmpty();
  }
}
