package dev.socialplan.calendar.scheduler;

import dev.socialplan.calendar.Channel;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.RollingMix;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.content.MixWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Test oracle for the scheduler, written independently of it: checks every guarantee of a result
 * directly against the request, and finds the most drafts any schedule could place by exhaustive
 * search (for small requests).
 */
final class SchedulerOracle {
  private final SchedulingRequest request;
  private final List<ScheduledPost> existing = new ArrayList<>();
  /** Evergreen drafts whose id is an existing post: published already, only recycled. */
  private final Set<String> published = new HashSet<>();

  SchedulerOracle(SchedulingRequest request) {
    this.request = request;
    for (ScheduledPost post : request.existing()) {
      if (post.status().occupiesSlot()) {
        existing.add(post);
      }
    }
    for (Draft d : request.drafts()) {
      if (d.evergreen().isPresent() && request.existing().contains(d.id())) {
        published.add(d.id());
      }
    }
  }

  /** The schedules that count a post on a channel: its own and its whole platform's. */
  List<PostingSchedule> countersOf(Channel channel) {
    List<PostingSchedule> result = new ArrayList<>();
    for (PostingSchedule schedule : request.schedules()) {
      if (Channel.of(schedule).covers(channel)) {
        result.add(schedule);
      }
    }
    return result;
  }

  /** Every time a draft may go at, ignoring other posts: its home's slots, windows, campaign. */
  List<Instant> options(Draft draft) {
    Optional<PostingSchedule> home = request.scheduleFor(draft.channel());
    List<Instant> result = new ArrayList<>();
    if (home.isEmpty()) {
      return result;
    }
    for (ZonedDateTime slot : home.get().candidateSlots(request.period())) {
      Instant t = slot.toInstant();
      boolean ok = draft.allowsTime(t);
      for (PostingSchedule s : countersOf(Channel.of(home.get()))) {
        ok &= s.allows(t);
      }
      // A bound slot takes only drafts of its pillar or purpose.
      ok &= home.get().bindingAt(t)
          .map(b -> b.accepts(draft.content().purpose(), draft.content().pillar()))
          .orElse(true);
      if (ok) {
        result.add(t);
      }
    }
    return result;
  }

  /**
   * Tells whether a new post on a channel at t keeps spacing and caps with other posts (existing
   * ones that occupy their slot, and the given placed ones).
   */
  boolean fits(Channel channel, Instant t, List<ScheduledPost> placed) {
    for (PostingSchedule s : countersOf(channel)) {
      Channel own = Channel.of(s);
      Duration spacing = s.minimumSpacing();
      LocalDate day = LocalDate.ofInstant(t, s.zone());
      int sameDay = 1;
      for (List<ScheduledPost> list : List.of(existing, placed)) {
        for (ScheduledPost q : list) {
          if (!own.covers(Channel.of(q))) {
            continue;
          }
          Duration gap = Duration.between(q.time(), t).abs();
          if (spacing.isZero() ? gap.isZero() : gap.compareTo(spacing) < 0) {
            return false;
          }
          if (LocalDate.ofInstant(q.time(), s.zone()).equals(day)) {
            sameDay++;
          }
        }
      }
      if (s.maxPostsPerDay().isPresent() && sameDay > s.maxPostsPerDay().getAsInt()) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether every full mix window that ends at a placed post keeps to the mix. */
  boolean mixHolds(List<ScheduledPost> placed) {
    if (request.mix().isEmpty()) {
      return true;
    }
    RollingMix target = request.mix().get();
    Set<String> placedIds = new HashSet<>();
    placed.forEach(p -> placedIds.add(p.id()));
    List<ScheduledPost> all = new ArrayList<>(existing);
    all.addAll(placed);
    for (List<ScheduledPost> sequence : target.sequences(all)) {
      for (MixWindow w :
          target.mix().offTargetWindows(sequence, p -> p.content().kind(), target.windowPosts())) {
        if (placedIds.contains(sequence.get(w.last()).id())) {
          return false;
        }
      }
    }
    return true;
  }

  /** Every guarantee of the scheduler the result breaks, in words; empty when it keeps them all. */
  List<String> violations(SchedulingResult result) {
    List<String> out = new ArrayList<>();
    Map<String, Draft> drafts = new HashMap<>();
    request.drafts().forEach(d -> drafts.put(d.id(), d));
    Set<String> seen = new HashSet<>(published);
    List<ScheduledPost> all = new ArrayList<>(result.placed());
    all.addAll(result.recycled());
    for (ScheduledPost p : result.placed()) {
      Draft d = drafts.get(p.id());
      if (d == null || !seen.add(p.id())) {
        out.add("placed post " + p.id() + " is not a draft, is placed twice or was published already");
        continue;
      }
      if (!p.equals(d.toPost(p.time()))) {
        out.add("post " + p.id() + " differs from its draft");
      }
      if (!options(d).contains(p.time())) {
        out.add("post " + p.id() + " at " + p.time() + " is not on an allowed slot of its schedule in its window");
      }
      List<ScheduledPost> others = new ArrayList<>(all);
      others.remove(p);
      if (!fits(d.channel(), p.time(), others)) {
        out.add("post " + p.id() + " at " + p.time() + " breaks spacing or a daily cap");
      }
    }
    for (UnplacedDraft u : result.unplaced()) {
      if (!drafts.containsKey(u.draft().id()) || !seen.add(u.draft().id())) {
        out.add("unplaced draft " + u.draft().id() + " is not a draft or reported twice");
      }
    }
    if (seen.size() != request.drafts().size()) {
      out.add("only " + seen.size() + " of " + request.drafts().size() + " drafts are accounted for");
    }
    out.addAll(recyclingViolations(result, drafts, all));
    out.addAll(unfilledViolations(result, all));
    if (!mixHolds(all)) {
      out.add("a mix window ending at a placed or recycled post is off target");
    }
    ContentCalendar expected = request.existing().withZone(request.zone()).withAll(all);
    if (!result.calendar().equals(expected)) {
      out.add("the calendar is not the existing posts plus the placed and recycled ones");
    }
    return out;
  }

  /**
   * The bound slots left empty the result must report, and how it reports them: every bound
   * candidate slot of the period (allowed by every schedule that counts it) with no post of its
   * schedule at its instant (placed or recycled for a draft that goes to it, or an existing post
   * it counts) is reported once, with its binding; CROWDED exactly when a new post there would
   * break spacing or a daily cap; without a mix, NO_DRAFT only when no unplaced draft could go there.
   */
  List<String> unfilledViolations(SchedulingResult result, List<ScheduledPost> all) {
    List<String> out = new ArrayList<>();
    Map<String, UnfilledSlot> reported = new HashMap<>();
    for (UnfilledSlot u : result.unfilled()) {
      if (reported.put(u.channel() + "@" + u.time(), u) != null) {
        out.add("bound slot " + u.channel() + " at " + u.time() + " reported twice");
      }
    }
    for (PostingSchedule s : request.schedules()) {
      Channel channel = Channel.of(s);
      for (ZonedDateTime slot : s.candidateSlots(request.period())) {
        Instant t = slot.toInstant();
        java.util.Optional<dev.socialplan.calendar.schedule.SlotBinding> binding = s.bindingAt(t);
        boolean allowed = true;
        for (PostingSchedule counter : countersOf(channel)) {
          allowed &= counter.allows(t);
        }
        if (binding.isEmpty() || !allowed) {
          continue;
        }
        boolean filled = false;
        for (ScheduledPost p : all) {
          filled |= p.time().equals(t) && request.scheduleFor(p.channel()).map(s::equals).orElse(false);
        }
        for (ScheduledPost p : existing) {
          filled |= p.time().equals(t) && channel.covers(Channel.of(p));
        }
        UnfilledSlot u = reported.remove(channel + "@" + t);
        if (filled) {
          if (u != null) {
            out.add("bound slot " + channel + " at " + t + " is filled but reported unfilled");
          }
          continue;
        }
        if (u == null) {
          out.add("bound slot " + channel + " at " + t + " (" + binding.get() + ") is empty but not reported");
          continue;
        }
        if (!u.binding().equals(binding.get())) {
          out.add("bound slot " + channel + " at " + t + " reported with " + u.binding() + ", not " + binding.get());
        }
        boolean crowded = !fits(channel, t, all);
        if (crowded != (u.reason() == UnfilledReason.CROWDED)) {
          out.add("bound slot " + channel + " at " + t + " reported " + u.reason() + " but crowded is " + crowded);
        }
        if (u.reason() == UnfilledReason.MIX_OFF_TARGET && request.mix().isEmpty()) {
          out.add("bound slot " + channel + " at " + t + " reported MIX_OFF_TARGET without a mix");
        }
        if (u.reason() == UnfilledReason.NO_DRAFT && request.mix().isEmpty()) {
          for (UnplacedDraft d : result.unplaced()) {
            if (request.scheduleFor(d.draft().channel()).map(s::equals).orElse(false)
                && options(d.draft()).contains(t)) {
              out.add("bound slot " + channel + " at " + t + " reported NO_DRAFT but " + d.draft().id() + " could go there");
            }
          }
        }
      }
    }
    for (UnfilledSlot u : reported.values()) {
      out.add("reported " + u + " is not a bound slot of the period");
    }
    return out;
  }

  /** A publication of an evergreen draft: its time and number (0 for the draft itself). */
  record Publication(Instant time, int number, boolean recycledNow) {}

  /**
   * The publications of each evergreen draft: existing posts that occupy their slot (its id or a
   * recycling's), its placed post and its recycled posts, in time order.
   */
  Map<String, List<Publication>> publications(SchedulingResult result) {
    Map<String, List<Publication>> out = new HashMap<>();
    for (Draft d : request.drafts()) {
      if (d.evergreen().isEmpty()) {
        continue;
      }
      List<Publication> list = new ArrayList<>();
      for (ScheduledPost q : existing) {
        if (q.id().equals(d.id())) {
          list.add(new Publication(q.time(), 0, false));
        }
        Evergreen.recyclingOf(d.id(), q.id()).ifPresent(n -> list.add(new Publication(q.time(), n, false)));
      }
      for (ScheduledPost q : result.placed()) {
        if (q.id().equals(d.id())) {
          list.add(new Publication(q.time(), 0, false));
        }
      }
      for (ScheduledPost q : result.recycled()) {
        Evergreen.recyclingOf(d.id(), q.id()).ifPresent(n -> list.add(new Publication(q.time(), n, true)));
      }
      list.sort(java.util.Comparator.comparing(Publication::time));
      out.put(d.id(), list);
    }
    return out;
  }

  /** Tells whether an evergreen draft went out: placed in the result, or published already. */
  boolean isPublished(Draft d, SchedulingResult result) {
    return published.contains(d.id()) || result.placed().stream().anyMatch(p -> p.id().equals(d.id()));
  }

  /** The highest recycling number an existing post of a draft has, whatever its status. */
  private int highestExistingNumber(Draft d) {
    int highest = 0;
    for (ScheduledPost q : request.existing()) {
      highest = Math.max(highest, Evergreen.recyclingOf(d.id(), q.id()).orElse(0));
    }
    return highest;
  }

  private List<String> recyclingViolations(
      SchedulingResult result, Map<String, Draft> drafts, List<ScheduledPost> all) {
    List<String> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ScheduledPost p : result.recycled()) {
      Draft d = null;
      int number = 0;
      for (Draft candidate : request.drafts()) {
        java.util.Optional<Integer> n = Evergreen.recyclingOf(candidate.id(), p.id());
        if (n.isPresent() && candidate.evergreen().isPresent()) {
          d = candidate;
          number = n.get();
        }
      }
      if (d == null || !ids.add(p.id()) || request.existing().contains(p.id()) || !isPublished(d, result)) {
        out.add("recycled post " + p.id() + " is not a new recycling of an evergreen draft");
        continue;
      }
      if (number > d.evergreen().get().maxRecycles()) {
        out.add("recycled post " + p.id() + " is beyond the draft's " + d.evergreen().get().maxRecycles() + " recyclings");
      }
      if (!p.equals(d.recycledPost(number, p.time()))) {
        out.add("recycled post " + p.id() + " differs from its draft's recycling (text variant)");
      }
      if (!options(d).contains(p.time())) {
        out.add("recycled post " + p.id() + " at " + p.time() + " is not on an allowed slot before the expiry");
      }
      List<ScheduledPost> others = new ArrayList<>(all);
      others.remove(p);
      if (!fits(d.channel(), p.time(), others)) {
        out.add("recycled post " + p.id() + " at " + p.time() + " breaks spacing or a daily cap");
      }
    }
    for (Map.Entry<String, List<Publication>> e : publications(result).entrySet()) {
      Draft d = drafts.get(e.getKey());
      Duration cooldown = d.evergreen().get().cooldown();
      List<Publication> list = e.getValue();
      int expected = highestExistingNumber(d) + 1;
      for (int i = 0; i < list.size(); i++) {
        Publication p = list.get(i);
        if (!p.recycledNow()) {
          continue;
        }
        if (i == 0 || Duration.between(list.get(i - 1).time(), p.time()).compareTo(cooldown) < 0) {
          out.add("recycling " + p.number() + " of " + d.id() + " at " + p.time()
              + " does not follow a publication by the cooldown " + cooldown);
        }
        if (p.number() != expected++) {
          out.add("recycling " + p.number() + " of " + d.id() + " is out of turn");
        }
      }
    }
    return out;
  }

  /** Unplaced drafts reported as NO_FREE_SLOT although one of their slots could still take them. */
  List<String> maximalityViolations(SchedulingResult result) {
    List<String> out = new ArrayList<>();
    for (UnplacedDraft u : result.unplaced()) {
      if (u.reason() != UnplacedReason.NO_FREE_SLOT) {
        continue;
      }
      for (Instant t : options(u.draft())) {
        if (fits(u.draft().channel(), t, all(result))) {
          out.add(u.draft().id() + " could still go at " + t);
        }
      }
    }
    out.addAll(recyclingMaximalityViolations(result));
    return out;
  }

  private static List<ScheduledPost> all(SchedulingResult result) {
    List<ScheduledPost> all = new ArrayList<>(result.placed());
    all.addAll(result.recycled());
    return all;
  }

  /**
   * Evergreen drafts that stopped recycling although their next recycling had a slot: below their
   * maximum, a cooldown after their last publication, with spacing and caps kept.
   */
  List<String> recyclingMaximalityViolations(SchedulingResult result) {
    List<String> out = new ArrayList<>();
    Map<String, Draft> drafts = new HashMap<>();
    request.drafts().forEach(d -> drafts.put(d.id(), d));
    for (Map.Entry<String, List<Publication>> e : publications(result).entrySet()) {
      Draft d = drafts.get(e.getKey());
      List<Publication> list = e.getValue();
      if (!isPublished(d, result)) {
        continue;
      }
      int highest = highestExistingNumber(d);
      for (Publication p : list) {
        highest = Math.max(highest, p.number());
      }
      if (highest >= d.evergreen().get().maxRecycles()) {
        continue;
      }
      Instant earliest = list.get(list.size() - 1).time().plus(d.evergreen().get().cooldown());
      for (Instant t : options(d)) {
        if (!t.isBefore(earliest) && fits(d.channel(), t, all(result))) {
          out.add(d.id() + " could still be recycled at " + t);
        }
      }
    }
    return out;
  }

  /** The most drafts any assignment that keeps every guarantee places (exhaustive search). */
  int bruteForceMaximum() {
    return (int) bruteForce(false);
  }

  /**
   * The best priority-weighted placement any assignment that keeps every guarantee reaches
   * (exhaustive search), as a {@link #priorityScore}: the most drafts of the highest priority, then
   * the most of the next, and so on.
   */
  long bruteForcePriorityMaximum() {
    return bruteForce(true);
  }

  /**
   * The score of a set of placed drafts that orders placements priority first: a draft of each
   * priority is worth more than all the drafts of lower priorities together.
   */
  long priorityScore(List<ScheduledPost> placed) {
    long score = 0;
    for (ScheduledPost p : placed) {
      score += weight(p.priority());
    }
    return score;
  }

  private long weight(int priority) {
    List<Integer> levels = new ArrayList<>(new java.util.TreeSet<>(
        request.drafts().stream().map(Draft::priority).collect(java.util.stream.Collectors.toList())));
    long base = request.drafts().size() + 1L;
    long w = 1;
    for (int level : levels) {
      if (level == priority) {
        return w;
      }
      w = Math.multiplyExact(w, base);
    }
    throw new IllegalArgumentException("no draft has priority " + priority);
  }

  /** The slot weight of a post: its schedule's time weight at its local time there. */
  double weight(ScheduledPost post) {
    PostingSchedule home = request.scheduleFor(post.channel()).orElseThrow();
    return request
        .timeWeightsFor(Channel.of(home))
        .weight(dev.socialplan.timing.TimeOfWeek.from(post.time().atZone(home.zone())));
  }

  /** The slot weight of placed posts, summed. */
  double weight(List<ScheduledPost> placed) {
    double sum = 0;
    for (ScheduledPost p : placed) {
      sum += weight(p);
    }
    return sum;
  }

  /** A placement's value: its {@link #priorityScore} and then its {@link #weight}. */
  record Best(long score, double weight) {}

  /**
   * The best placement any assignment that keeps every guarantee reaches (exhaustive search),
   * priority first and then by slot weight: the highest {@link #priorityScore}, and among the
   * placements that reach it the most slot weight.
   */
  Best bruteForceBest() {
    return bruteForce(d -> weight(d.priority()), true);
  }

  /**
   * The best placement by exhaustive search: the highest sum of the placed drafts' scores and, when
   * {@code weighed}, among those the most slot weight.
   */
  private Best bruteForce(java.util.function.ToLongFunction<Draft> scoreOf, boolean weighed) {
    List<Draft> drafts = new ArrayList<>();
    for (Draft d : request.drafts()) {
      if (!published.contains(d.id())) {
        drafts.add(d);
      }
    }
    int n = drafts.size();
    List<List<Instant>> options = new ArrayList<>();
    long[] scores = new long[n];
    double[] most = new double[n];
    for (int i = 0; i < n; i++) {
      Draft d = drafts.get(i);
      options.add(options(d));
      scores[i] = scoreOf.applyAsLong(d);
      for (Instant t : options.get(i)) {
        most[i] = weighed ? Math.max(most[i], weight(d.toPost(t))) : 0;
      }
    }
    long[] restScore = new long[n + 1];
    double[] restWeight = new double[n + 1];
    for (int i = n - 1; i >= 0; i--) {
      restScore[i] = restScore[i + 1] + scores[i];
      restWeight[i] = restWeight[i + 1] + most[i];
    }
    Best[] best = {new Best(-1, Double.NEGATIVE_INFINITY)};
    searchBest(drafts, options, scores, restScore, restWeight, weighed, 0, 0, 0, new ArrayList<>(), best);
    return best[0];
  }

  private void searchBest(
      List<Draft> drafts,
      List<List<Instant>> options,
      long[] scores,
      long[] restScore,
      double[] restWeight,
      boolean weighed,
      int i,
      long score,
      double weight,
      List<ScheduledPost> placed,
      Best[] best) {
    long scoreBound = score + restScore[i];
    if (scoreBound < best[0].score()
        || (scoreBound == best[0].score() && weight + restWeight[i] <= best[0].weight())) {
      return;
    }
    if (i == drafts.size()) {
      if (mixHolds(placed)) {
        best[0] = new Best(score, weight);
      }
      return;
    }
    Draft d = drafts.get(i);
    for (Instant t : options.get(i)) {
      if (fits(d.channel(), t, placed)) {
        ScheduledPost post = d.toPost(t);
        placed.add(post);
        double added = weighed ? weight(post) : 0;
        searchBest(drafts, options, scores, restScore, restWeight, weighed, i + 1, score + scores[i], weight + added, placed, best);
        placed.remove(placed.size() - 1);
      }
    }
    searchBest(drafts, options, scores, restScore, restWeight, weighed, i + 1, score, weight, placed, best);
  }

  private long bruteForce(boolean byPriority) {
    return bruteForce(d -> byPriority ? weight(d.priority()) : 1, false).score();
  }
}
