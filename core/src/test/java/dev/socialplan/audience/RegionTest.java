package dev.socialplan.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionTest {
  /** The strategy guide's "living and working in large cities". */
  private static final Region LARGE_CITIES =
      Region.of("large cities")
          .withSettlement(Region.Settlement.LARGE_CITY)
          .withActivities(Region.Activity.LIVING, Region.Activity.WORKING);

  @Test
  void keepsItsParts() {
    assertThat(LARGE_CITIES.description()).isEqualTo("large cities");
    assertThat(LARGE_CITIES.settlement()).contains(Region.Settlement.LARGE_CITY);
    assertThat(LARGE_CITIES.activities())
        .containsExactly(Region.Activity.LIVING, Region.Activity.WORKING);
    assertThat(LARGE_CITIES.has(Region.Activity.WORKING)).isTrue();
    assertThat(LARGE_CITIES.has(Region.Activity.STUDYING)).isFalse();
    assertThat(LARGE_CITIES.country()).isEmpty();
  }

  @Test
  void countryCodesAreNormalisedToUpperCase() {
    Region taipei = Region.of("Greater Taipei", "tw");
    assertThat(taipei.country()).contains("TW");
    assertThat(Region.of("Taipei").withCountry(" Tw ").country()).contains("TW");
    assertThat(taipei).isEqualTo(Region.of("Greater Taipei", "TW"));
  }

  @Test
  void activitiesAreReplacedNotAdded() {
    Region studying = LARGE_CITIES.withActivities(Region.Activity.STUDYING);
    assertThat(studying.activities()).containsExactly(Region.Activity.STUDYING);
    assertThat(Region.of("x").activities()).isEmpty();
  }

  @Test
  void refusesBlankDescriptionAndUnknownCountry() {
    assertThatThrownBy(() -> Region.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("description must not be blank: \" \"");
    assertThatThrownBy(() -> Region.of("Atlantis", "XX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("country must be an ISO 3166-1 alpha-2 code: \"XX\"");
    assertThatThrownBy(() -> Region.of("Taiwan", "TWN"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalByValue() {
    Region same =
        Region.builder()
            .description("large cities")
            .settlement(Region.Settlement.LARGE_CITY)
            .addActivities(Region.Activity.LIVING, Region.Activity.WORKING)
            .build();
    assertThat(same).isEqualTo(LARGE_CITIES).hasSameHashCodeAs(LARGE_CITIES);
    assertThat(LARGE_CITIES.toString()).contains("large cities").contains("LARGE_CITY");
  }
}
