package dev.socialplan.json.internal;

import static dev.socialplan.json.internal.Scalars.LOCAL_DATE_RANGE;
import static dev.socialplan.json.internal.Scalars.STRING;

import dev.socialplan.json.internal.ObjectCodec.Field;
import dev.socialplan.json.internal.ObjectCodec.Table;
import dev.socialplan.tactic.Tactic;
import java.util.Optional;
import java.util.Set;
import org.threeten.extra.LocalDateRange;

/**
 * The properties every tactic has: name, campaign window, allocation id and goal ids.
 *
 * @param <T> the tactic type
 */
final class TacticFields<T extends Tactic> {
  final Field<T, String> name;
  final Field<T, Optional<LocalDateRange>> window;
  final Field<T, Optional<String>> allocation;
  final Field<T, Set<String>> goals;

  private TacticFields(Table<T> t) {
    name = t.req("name", STRING, Tactic::name);
    window = t.opt("campaignWindow", LOCAL_DATE_RANGE, Tactic::campaignWindow);
    allocation = t.opt("allocationId", STRING, Tactic::allocationId);
    goals = t.set("goalIds", STRING, Tactic::goalIds);
  }

  static <T extends Tactic> TacticFields<T> of(Table<T> t) {
    return new TacticFields<>(t);
  }
}
