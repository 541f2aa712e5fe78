package dev.socialplan.calendar.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.testkit.generators.CalendarGenerators;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** Generated calendars export to documents ical4j reads with one event per post. */
class ICalendarExportGeneratedPropertiesTest {
  private static final Instant STAMP = Instant.parse("2026-06-01T12:00:00Z");

  @Test
  void everyPostBecomesOneParsableEventWithItsUid() {
    ICalendarExport export = ICalendarExport.standard().withCalendarName("Generated");
    qt().withExamples(60)
        .forAll(CalendarGenerators.contentCalendars(25))
        .checkAssert(
            calendar -> {
              Calendar parsed;
              try {
                parsed = new CalendarBuilder().build(new StringReader(export.toICalendar(calendar, STAMP)));
              } catch (Exception e) {
                throw new AssertionError(e);
              }
              List<VEvent> events = parsed.getComponents(Component.VEVENT);
              Set<String> uids =
                  events.stream()
                      .map(e -> e.<Property>getProperty(Property.UID).map(Property::getValue).orElseThrow())
                      .collect(Collectors.toSet());
              assertThat(uids)
                  .isEqualTo(calendar.stream().map(ScheduledPost::id).map(export::uid).collect(Collectors.toSet()));
              for (VEvent event : events) {
                Optional<Property> status = event.getProperty("X-SOCIALPLAN-STATUS");
                assertThat(status).isPresent();
              }
            });
  }
}
