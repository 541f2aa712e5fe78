package dev.socialplan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.goal.rules.GoalRules;
import dev.socialplan.metric.MetricKind;
import dev.socialplan.metric.MetricUnit;
import dev.socialplan.plan.MethodStep;
import dev.socialplan.platform.Platform;
import dev.socialplan.timing.TimeOfWeekGrid;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.FindingCode;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationReport;
import java.io.InvalidObjectException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Core's serialisable values never trust their stream (issue 10): each is serialised, one field's
 * bytes are changed to a value its factory refuses, and reading it back fails with an {@link
 * InvalidObjectException} carrying the factory's message. Before the fix each tampered stream was
 * read into an object the factory would have refused.
 */
class TamperedStreamsTest {

  private static void assertRefused(byte[] stream, String message) {
    assertThatThrownBy(() -> SerialStreams.deserialize(stream))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining(message);
  }

  @Test
  void aTimeOfWeekGridWithANanWeightIsRefused() throws Exception {
    double[] weights = new double[168];
    Arrays.fill(weights, 1.0);
    weights[9] = 0.123456789;
    TimeOfWeekGrid grid = TimeOfWeekGrid.of(weights);
    byte[] stream = SerialStreams.serialize(grid);
    assertThat(SerialStreams.deserialize(stream)).isEqualTo(grid);
    assertRefused(
        SerialStreams.replace(stream, SerialStreams.bytes(0.123456789), SerialStreams.bytes(Double.NaN)),
        "must be a finite number: NaN");
    assertRefused(
        SerialStreams.replace(stream, SerialStreams.bytes(0.123456789), SerialStreams.bytes(-2.0)),
        "must not be negative: -2.0");
  }

  @Test
  void aFindingWithAPathTheFactoryRefusesIsRefused() throws Exception {
    Finding finding = Finding.of(GoalRules.GOAL_NOT_TIME_BOUND, "goals[2].deadline", FindingArgument.text("goal", "Grow"));
    byte[] stream = SerialStreams.serialize(finding);
    assertThat(SerialStreams.deserialize(stream)).isEqualTo(finding);
    assertRefused(
        SerialStreams.replace(
            stream, SerialStreams.bytes("goals[2].deadline"), SerialStreams.bytes("goals[2]#deadline")),
        "goals[2]#deadline");
    ValidationReport report = ValidationReport.of(List.of(finding));
    byte[] reportStream = SerialStreams.serialize(report);
    assertThat(SerialStreams.deserialize(reportStream)).isEqualTo(report);
    assertRefused(
        SerialStreams.replace(
            reportStream, SerialStreams.bytes("goals[2].deadline"), SerialStreams.bytes("goals[2]#deadline")),
        "goals[2]#deadline");
  }

  @Test
  void aFindingCodeWithAMalformedNameIsRefused() throws Exception {
    FindingCode code =
        FindingCode.literal("TAMPER_ME", Severity.WARNING, MethodStep.GOALS, "Message {goal}", "Hint");
    byte[] stream = SerialStreams.serialize(code);
    assertThat(SerialStreams.deserialize(stream)).isEqualTo(code);
    assertRefused(
        SerialStreams.replace(stream, SerialStreams.bytes("TAMPER_ME"), SerialStreams.bytes("tamper me")),
        "tamper me");
    assertRefused(
        SerialStreams.replace(stream, SerialStreams.bytes("Message {goal}"), SerialStreams.bytes("Message {0123}")),
        "messagePattern");
  }

  @Test
  void aPlatformOrMetricWithAMalformedIdIsRefusedAndConstantsStayUnique() throws Exception {
    assertThat(SerialStreams.deserialize(SerialStreams.serialize(Platform.INSTAGRAM)))
        .isSameAs(Platform.INSTAGRAM);
    assertThat(SerialStreams.deserialize(SerialStreams.serialize(MetricKind.FOLLOWERS)))
        .isSameAs(MetricKind.FOLLOWERS);
    Platform custom = Platform.of("mastodon", "Mastodon");
    byte[] stream = SerialStreams.serialize(custom);
    assertRefused(
        SerialStreams.replace(stream, SerialStreams.bytes("mastodon"), SerialStreams.bytes("mast don")),
        "mast don");
    MetricKind kind = MetricKind.of("saves_rate", "Saves rate", MetricUnit.RATE, true);
    byte[] kindStream = SerialStreams.serialize(kind);
    assertRefused(
        SerialStreams.replace(kindStream, SerialStreams.bytes("saves_rate"), SerialStreams.bytes("saves rate")),
        "saves rate");
  }
}
