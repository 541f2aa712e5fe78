package dev.socialplan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.audience.Region;
import dev.socialplan.competition.Swot;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link ValueStyle} is an annotation with class retention, so its attributes cannot be read at run
 * time; these tests check what the style does to the generated code of a few value types instead.
 */
class ValueStyleTest {
  private static final List<String> GENERATED =
      List.of(
          "dev.socialplan.plan.ImmutableBrand",
          "dev.socialplan.competition.ImmutableSwot",
          "dev.socialplan.audience.ImmutableRegion");

  @Test
  void implementationsArePackagePrivateAndHiddenBehindThePublicType() throws Exception {
    for (String name : GENERATED) {
      Class<?> implementation = Class.forName(name);
      assertThat(Modifier.isPublic(implementation.getModifiers())).as(name).isFalse();
    }
    assertThat(Brand.Builder.class.getMethod("build").getReturnType()).isEqualTo(Brand.class);
    assertThat(Swot.Builder.class.getMethod("build").getReturnType()).isEqualTo(Swot.class);
    assertThat(Brand.of("Glow", "cosmetics", BusinessModel.B2C).getClass().getSimpleName())
        .isEqualTo("ImmutableBrand");
  }

  @Test
  void generatedSignaturesUseOnlyTheJdk() throws Exception {
    for (String name : GENERATED) {
      Class<?> implementation = Class.forName(name);
      Stream.concat(Arrays.stream(implementation.getDeclaredClasses()), Stream.of(implementation))
          .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
          .forEach(
              m -> {
                assertThat(m.getReturnType().getName()).as("%s", m).doesNotStartWith("com.google.");
                for (Class<?> p : m.getParameterTypes()) {
                  assertThat(p.getName()).as("%s", m).doesNotStartWith("com.google.");
                }
              });
    }
  }

  @Test
  void pluralAttributesGetSingularAddersWithTheDictionarysException() {
    List<String> adders =
        Arrays.stream(Swot.Builder.class.getMethods())
            .map(Method::getName)
            .filter(n -> n.startsWith("add"))
            .distinct()
            .sorted()
            .collect(java.util.stream.Collectors.toList());
    assertThat(adders)
        .contains("addStrength", "addWeakness", "addOpportunity", "addThreat", "addAllWeaknesses")
        .doesNotContain("addWeaknesse", "addAllWeaknesse");
    Swot swot = Swot.builder().addWeakness("slow replies").addOpportunity("live shopping").build();
    assertThat(swot.weaknesses()).containsExactly("slow replies");
    assertThat(swot.opportunities()).containsExactly("live shopping");
  }

  @Test
  void collectionsAreUnmodifiableCopies() {
    List<String> strengths = new ArrayList<>(List.of("strong UGC"));
    Swot swot = Swot.builder().strengths(strengths).build();
    strengths.add("added later");
    assertThat(swot.strengths()).containsExactly("strong UGC");
    assertThatThrownBy(() -> swot.strengths().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void copiesAreGeneratedButOptionalsRefuseNull() throws Exception {
    Class<?> brand = Class.forName("dev.socialplan.plan.ImmutableBrand");
    assertThat(Arrays.stream(brand.getDeclaredMethods()).map(Method::getName)).contains("withName", "copyOf");
    assertThatThrownBy(() -> Region.builder().description("large cities").country((String) null))
        .isInstanceOf(NullPointerException.class);
  }
}
