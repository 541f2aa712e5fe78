package dev.socialplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FastCSV is an implementation detail: none of its types appears in the module's public API. */
class PublicApiTest {
  private static final List<Class<?>> PUBLIC_TYPES =
      List.of(CsvExport.class, CsvFindings.class, CsvReport.class, CsvResult.class,
          DateTimeStyle.class, DraftSheet.class, ExportPreset.class, NumberStyle.class,
          PerformanceCsv.class, PerformanceMapping.class, PerformanceMapping.Builder.class,
          RejectedRow.class);

  @Test
  void noFastCsvTypeInAPublicSignature() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : PUBLIC_TYPES) {
      assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName()).isTrue();
      for (Method m : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers())) {
          continue;
        }
        check(leaks, m.toGenericString(), m.getReturnType());
        for (Class<?> p : m.getParameterTypes()) {
          check(leaks, m.toGenericString(), p);
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (Modifier.isPublic(c.getModifiers())) {
          leaks.add("public constructor " + c);
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static void check(List<String> leaks, String where, Class<?> type) {
    if (type.getName().startsWith("de.siegmar") || type.getName().contains("Immutable")) {
      leaks.add(where);
    }
  }
}
