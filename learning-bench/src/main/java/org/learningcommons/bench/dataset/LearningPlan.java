package org.learningcommons.bench.dataset;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The learning data of a dataset (schema V12), planned in memory from the seed: a catalogue of
 * courses (modules of lessons and quizzes), enrolments with the progress and quiz attempts behind
 * them, completions with their certificates' verification codes, reviews, and a few people with a
 * long record of development. Ids are 1-based positions in each list; the step adds the ids already
 * taken in the database.
 *
 * <p>The rules the application keeps hold for every row: a person has at most one active enrolment
 * per course (here: one enrolment per course and person), a completed enrolment has every required
 * item done and every quiz it did passed in its last attempt, a completion belongs to a completed
 * enrolment (or is imported history without one), {@code valid_until} follows the course's
 * validity, and the courses' rating counters match their reviews. {@code LearningPlanTest} checks
 * each.
 */
final class LearningPlan {

  /** The catalogue grew over the years before the platform; courses date from then on. */
  static final Instant COURSES_FROM = Instant.parse("2022-01-03T08:00:00Z");

  static final Instant COURSES_UNTIL = Instant.parse("2026-10-01T08:00:00Z");

  /** Everything generated happened by then; the application writes later rows. */
  static final Instant END = DiscussionPlanner.END;

  /**
   * When history from the previous learning system was imported: completions before the platform
   * started ({@link Dataset#EPOCH}) are imports without an enrolment.
   */
  static final Instant IMPORTED_AT = Dataset.EPOCH.plus(Duration.ofDays(1));

  static final int QUESTIONS_PER_QUIZ = 5;
  static final int ACTIVE_ON_A_RECORD = 5;

  private static final long MINUTE = 60_000L;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;
  private static final double POPULARITY_EXPONENT = 0.8;
  private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final long BITS_60 = (1L << 60) - 1;

  record Course(
      int id,
      String title,
      String summary,
      String category,
      int durationMinutes,
      String format,
      String owner,
      String status,
      boolean selfEnrol,
      Integer validityMonths,
      int renewalWindowDays,
      Instant createdAt,
      Instant updatedAt,
      Instant publishedAt,
      Instant retiredAt,
      List<String> tags,
      List<String> departments) {

    boolean isFor(String department) {
      return departments.isEmpty() || departments.contains(department);
    }

    /** When a completion on {@code completedAt} expires, as {@code Course.validUntil} says. */
    Instant validUntil(Instant completedAt) {
      return validityMonths == null
          ? null
          : completedAt.atOffset(ZoneOffset.UTC).plusMonths(validityMonths).toInstant();
    }
  }

  record Module(int id, int courseId, int position, String title) {}

  record Item(
      int id,
      int moduleId,
      int courseId,
      int position,
      String kind,
      String title,
      String body,
      String url,
      boolean required,
      Integer passMark,
      Integer attemptLimit,
      int firstQuestion) {

    boolean isQuiz() {
      return kind.equals("QUIZ");
    }
  }

  /**
   * @param correct the right option positions as bits (position 0 is bit 0)
   */
  record Question(
      int id, int itemId, int position, String kind, String text, int options, int correct) {}

  record Option(int questionId, int position, String text, boolean correct) {}

  record Enrolment(
      int id,
      int courseId,
      String username,
      String origin,
      String enrolledBy,
      Instant enrolledAt,
      Instant dueAt,
      String status,
      Instant startedAt,
      Instant completedAt,
      Instant withdrawnAt) {}

  /** A lesson done or a quiz passed; the time in epoch milliseconds (millions of these). */
  record Progress(int enrolmentId, int itemId, long completedAt) {}

  /**
   * @param questionOrder question ids as shown
   * @param answers per question of {@code questionOrder} the chosen positions as bits; null for an
   *     attempt not submitted
   */
  record Attempt(
      int id,
      int enrolmentId,
      int itemId,
      int number,
      Instant startedAt,
      Instant submittedAt,
      List<Integer> questionOrder,
      Integer score,
      Boolean passed,
      List<Integer> answers) {}

  /**
   * @param enrolmentId the completed enrolment, 0 for imported history
   */
  record Completion(
      int id,
      int courseId,
      String username,
      int enrolmentId,
      Instant completedAt,
      int minutes,
      String source,
      Instant validUntil,
      String verificationCode,
      String recordedBy,
      Instant recordedAt) {}

  record Review(
      int id, int courseId, String username, int rating, String text, Instant createdAt) {}

  private final Dataset dataset;
  private final Preset.Learning volume;
  private final SplittableRandom random;
  private final List<Person> hr;
  private final List<Person> authors;

  final List<Course> courses = new ArrayList<>();
  final List<Module> modules = new ArrayList<>();
  final List<Item> items = new ArrayList<>();
  final List<Question> questions = new ArrayList<>();
  final List<Option> options = new ArrayList<>();
  final List<Enrolment> enrolments = new ArrayList<>();
  final List<Progress> progress = new ArrayList<>();
  final List<Attempt> attempts = new ArrayList<>();
  final List<Completion> completions = new ArrayList<>();
  final List<Review> reviews = new ArrayList<>();
  final List<String> recordPeople = new ArrayList<>();

  /** Items of course {@code c} (1-based) are {@code items[firstItem[c-1] .. firstItem[c])}. */
  private int[] firstItem;

  private int[] ratingCount;
  private int[] ratingSum;

  /** Non-draft courses by popularity, with cumulative weights to draw from. */
  private int[] popular;

  private double[] cumulative;

  private LearningPlan(Dataset dataset) {
    this.dataset = dataset;
    this.volume = dataset.preset().learning();
    this.random = dataset.random("learning");
    this.hr = dataset.hr().isEmpty() ? dataset.admins() : dataset.hr();
    List<Person> writers = new ArrayList<>(hr);
    writers.addAll(
        dataset.managers().stream().filter(p -> p.index() != Organisation.CEO).limit(200).toList());
    this.authors = List.copyOf(writers);
  }

  static LearningPlan plan(Dataset dataset) {
    LearningPlan plan = new LearningPlan(dataset);
    plan.catalogue();
    plan.popularity();
    plan.records();
    plan.learners();
    plan.reviews();
    return plan;
  }

  int ratingCount(int courseId) {
    return ratingCount[courseId - 1];
  }

  int ratingSum(int courseId) {
    return ratingSum[courseId - 1];
  }

  Course course(int id) {
    return courses.get(id - 1);
  }

  /** The items of a course in their order (module by module). */
  List<Item> itemsOf(int courseId) {
    return items.subList(firstItem[courseId - 1], firstItem[courseId]);
  }

  // ---- The catalogue. ----

  private void catalogue() {
    int total = volume.courses();
    firstItem = new int[total + 1];
    ratingCount = new int[total];
    ratingSum = new int[total];
    Map<String, Integer> titles = new HashMap<>();
    for (int c = 1; c <= total; c++) {
      LearningTexts.Category category =
          LearningTexts.CATEGORIES.get(random.nextInt(LearningTexts.CATEGORIES.size()));
      String topic = category.topics().get(random.nextInt(category.topics().size()));
      String title = LearningTexts.title(topic, random.nextInt(LearningTexts.forms()));
      int seen = titles.merge(title, 1, Integer::sum);
      if (seen > 1) {
        title = title + " (" + seen + ")";
      }
      int moduleCount = 3 + random.nextInt(4);
      String format =
          pick(
              new String[] {"E_LEARNING", "VIDEO", "CLASSROOM", "EXTERNAL"},
              new int[] {70, 15, 10, 5});
      int duration =
          switch (format) {
            case "VIDEO" -> 10 + 5 * random.nextInt(17);
            case "CLASSROOM" -> 60 * (2 + random.nextInt(7));
            case "EXTERNAL" -> 60 * (1 + random.nextInt(40));
            default -> 15 + 5 * random.nextInt(46);
          };
      String status = pick(new String[] {"PUBLISHED", "DRAFT", "RETIRED"}, new int[] {90, 5, 5});
      Integer validity = null;
      int window = 30;
      if (category.mandatory() || random.nextInt(20) == 0) {
        validity = new int[] {12, 12, 24, 36}[random.nextInt(4)];
        window = new int[] {30, 30, 60, 90}[random.nextInt(4)];
      }
      boolean selfEnrol = category.mandatory() ? random.nextBoolean() : random.nextInt(20) != 0;
      Instant created = between(COURSES_FROM, COURSES_UNTIL);
      Instant published = null;
      Instant retired = null;
      Instant updated = created.plusMillis(random.nextLong(10 * DAY));
      if (!status.equals("DRAFT")) {
        published = created.plusMillis(DAY + random.nextLong(29 * DAY));
        updated = published;
        if (status.equals("RETIRED") && published.plusMillis(60 * DAY).isAfter(END)) {
          // Too young to retire within the generated history: it stays in the catalogue.
          status = "PUBLISHED";
        }
        if (status.equals("RETIRED")) {
          retired = between(published.plusMillis(30 * DAY), END.minusMillis(DAY));
          updated = retired;
        }
      }
      List<String> tags = new ArrayList<>();
      int tagCount = 1 + random.nextInt(Math.min(4, category.tags().size()));
      while (tags.size() < tagCount) {
        String tag = category.tags().get(random.nextInt(category.tags().size()));
        if (!tags.contains(tag)) {
          tags.add(tag);
        }
      }
      List<String> departments = new ArrayList<>();
      if (random.nextInt(5) == 0) {
        int count = 1 + random.nextInt(3);
        while (departments.size() < count) {
          String department =
              dataset.departments().get(random.nextInt(dataset.departments().size()));
          if (!departments.contains(department)) {
            departments.add(department);
          }
        }
      }
      Person owner = authors.get(random.nextInt(authors.size()));
      courses.add(
          new Course(
              c,
              title,
              LearningTexts.summary(topic, category.name(), moduleCount, random),
              category.name(),
              duration,
              format,
              owner.username(),
              status,
              selfEnrol,
              validity,
              window,
              created,
              updated,
              published,
              retired,
              List.copyOf(tags),
              List.copyOf(departments)));
      firstItem[c - 1] = items.size();
      content(c, topic, moduleCount);
    }
    firstItem[total] = items.size();
  }

  /**
   * Three to six modules of three to six items: pages, videos and links, a quiz closing a module
   * now and then and always the last one (the final assessment).
   */
  private void content(int courseId, String topic, int moduleCount) {
    for (int m = 1; m <= moduleCount; m++) {
      int moduleId = modules.size() + 1;
      modules.add(
          new Module(
              moduleId,
              courseId,
              m,
              "Module " + m + ": " + LearningTexts.MODULE_TOPICS.get((m - 1) % 8)));
      int itemCount = 3 + random.nextInt(4);
      boolean quizLast = m == moduleCount || random.nextInt(100) < 35;
      for (int p = 1; p <= itemCount; p++) {
        int itemId = items.size() + 1;
        if (quizLast && p == itemCount) {
          int firstQuestion = questions.size() + 1;
          boolean finalQuiz = m == moduleCount;
          items.add(
              new Item(
                  itemId,
                  moduleId,
                  courseId,
                  p,
                  "QUIZ",
                  finalQuiz ? "Final assessment" : "Check your understanding",
                  "<p>Five questions on " + topic + ".</p>",
                  null,
                  true,
                  new int[] {60, 60, 80}[random.nextInt(3)],
                  new Integer[] {null, null, 3, 5}[random.nextInt(4)],
                  firstQuestion));
          quiz(itemId, topic);
          continue;
        }
        String kind = pick(new String[] {"PAGE", "VIDEO", "LINK"}, new int[] {65, 23, 12});
        boolean required = random.nextInt(100) < 85;
        String title =
            switch (kind) {
              case "VIDEO" -> "Video: " + topic + ", part " + p;
              case "LINK" -> "Further reading on " + topic;
              default -> "Reading: " + topic + ", " + m + "." + p;
            };
        String body = kind.equals("PAGE") ? LearningTexts.page(topic, random) : null;
        String url =
            switch (kind) {
              case "VIDEO" ->
                  "https://video.learningcommons.example/watch/" + courseId + "-" + itemId;
              case "LINK" -> "https://library.learningcommons.example/articles/" + itemId;
              default -> null;
            };
        items.add(
            new Item(
                itemId, moduleId, courseId, p, kind, title, body, url, required, null, null, 0));
      }
    }
  }

  /** Five questions: mostly single choice of four, some multiple choice, a few true or false. */
  private void quiz(int itemId, String topic) {
    for (int q = 1; q <= QUESTIONS_PER_QUIZ; q++) {
      int id = questions.size() + 1;
      String kind = pick(new String[] {"SINGLE", "MULTIPLE", "TRUE_FALSE"}, new int[] {70, 20, 10});
      int count = kind.equals("TRUE_FALSE") ? 2 : 4;
      int correct;
      if (kind.equals("MULTIPLE")) {
        int first = random.nextInt(count);
        int second = (first + 1 + random.nextInt(count - 1)) % count;
        correct = (1 << first) | (1 << second);
      } else {
        correct = 1 << random.nextInt(count);
      }
      questions.add(
          new Question(id, itemId, q, kind, LearningTexts.question(topic, q), count, correct));
      for (int o = 0; o < count; o++) {
        String text =
            kind.equals("TRUE_FALSE") ? (o == 0 ? "True" : "False") : LearningTexts.option(q + o);
        options.add(new Option(id, o, text, (correct & (1 << o)) != 0));
      }
    }
  }

  /** Popular courses draw most learners: weight 1/rank^0.8 over the non-draft courses. */
  private void popularity() {
    List<Integer> open = new ArrayList<>();
    for (Course course : courses) {
      if (!course.status().equals("DRAFT")) {
        open.add(course.id());
      }
    }
    popular = open.stream().mapToInt(Integer::intValue).toArray();
    for (int i = popular.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = popular[i];
      popular[i] = popular[j];
      popular[j] = swap;
    }
    cumulative = new double[popular.length];
    double sum = 0;
    for (int i = 0; i < popular.length; i++) {
      sum += 1 / Math.pow(i + 1, POPULARITY_EXPONENT);
      cumulative[i] = sum;
    }
  }

  private int popularCourse() {
    double r = random.nextDouble() * cumulative[cumulative.length - 1];
    int at = Arrays.binarySearch(cumulative, r);
    return popular[at >= 0 ? at : Math.min(popular.length - 1, -at - 1)];
  }

  // ---- Enrolments, progress, attempts and completions. ----

  /** Everybody but the record people: about {@code enrolmentsPerPerson}, the first one active. */
  private void learners() {
    Set<String> record = new HashSet<>(recordPeople);
    int average = volume.enrolmentsPerPerson();
    for (Person person : dataset.people()) {
      if (record.contains(person.username())) {
        continue;
      }
      int wanted = 1 + random.nextInt(2 * average - 1);
      Set<Integer> taken = new HashSet<>();
      for (int tries = 0; taken.size() < wanted && tries < 40 * wanted; tries++) {
        Course course = course(popularCourse());
        boolean first = taken.isEmpty();
        if (taken.contains(course.id())
            || !course.isFor(person.department())
            || (first && !course.status().equals("PUBLISHED"))) {
          continue;
        }
        Instant from = later(course.publishedAt(), Dataset.EPOCH);
        Instant to = (course.retiredAt() != null ? course.retiredAt() : END).minusMillis(DAY);
        if (to.toEpochMilli() - from.toEpochMilli() < 2 * DAY) {
          continue;
        }
        taken.add(course.id());
        String status;
        if (course.retiredAt() != null) {
          status = random.nextInt(5) == 0 ? "WITHDRAWN" : "COMPLETED";
        } else if (first) {
          status = "ACTIVE";
        } else {
          status = pick(new String[] {"COMPLETED", "ACTIVE", "WITHDRAWN"}, new int[] {45, 45, 10});
        }
        Instant enrolledAt = between(from, to);
        enrol(course, person, enrolledAt, status, to);
      }
    }
  }

  /**
   * A handful of people, spread over the organisation and none of them a manager or in HR, whose
   * record holds {@code recordEntries} completions of distinct courses over the years (imported
   * before the platform started, completed on it since) and a few courses in progress.
   */
  private void records() {
    int staff = dataset.people().size();
    for (int k = 1; k <= volume.recordPeople(); k++) {
      int index = Math.max(3, staff * k / (volume.recordPeople() + 1));
      while (index <= staff
          && (dataset.isManager(index)
              || dataset.person(index).hr()
              || recordPeople.contains(dataset.person(index).username()))) {
        index++;
      }
      if (index > staff) {
        continue;
      }
      Person person = dataset.person(index);
      recordPeople.add(person.username());
      List<Course> visible = new ArrayList<>();
      for (int id : popular) {
        Course course = course(id);
        if (course.isFor(person.department())) {
          visible.add(course);
        }
      }
      for (int i = visible.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        Course swap = visible.get(i);
        visible.set(i, visible.get(j));
        visible.set(j, swap);
      }
      int completed = 0;
      int active = 0;
      for (Course course : visible) {
        Instant to = (course.retiredAt() != null ? course.retiredAt() : END).minusMillis(DAY);
        if (active < ACTIVE_ON_A_RECORD && course.status().equals("PUBLISHED")) {
          Instant from = later(course.publishedAt(), Dataset.EPOCH);
          if (to.isAfter(from.plusMillis(2 * DAY))) {
            enrol(course, person, between(from, to), "ACTIVE", to);
            active++;
            continue;
          }
        }
        if (completed < volume.recordEntries()) {
          Instant completedAt = between(course.publishedAt().plusMillis(DAY), to);
          if (completedAt.isBefore(Dataset.EPOCH)) {
            imported(course, person.username(), completedAt);
          } else {
            Instant enrolledAt =
                later(
                    later(course.publishedAt(), Dataset.EPOCH),
                    completedAt.minusMillis(HOUR + random.nextLong(30 * DAY)));
            Enrolment enrolment =
                enrolment(course, person, enrolledAt, "COMPLETED", null, completedAt, null);
            completeContent(course, enrolment);
          }
          completed++;
        }
        if (completed >= volume.recordEntries() && active >= ACTIVE_ON_A_RECORD) {
          break;
        }
      }
    }
  }

  private void enrol(Course course, Person person, Instant enrolledAt, String status, Instant to) {
    switch (status) {
      case "COMPLETED" -> {
        Instant completedAt = enrolledAt.plusMillis(HOUR + random.nextLong(60 * DAY));
        completedAt = earlier(completedAt, to.plusMillis(HOUR));
        Enrolment enrolment =
            enrolment(course, person, enrolledAt, status, null, completedAt, null);
        completeContent(course, enrolment);
      }
      case "WITHDRAWN" -> {
        Instant withdrawnAt = enrolledAt.plusMillis(HOUR + random.nextLong(30 * DAY));
        withdrawnAt = earlier(withdrawnAt, to.plusMillis(HOUR));
        int done = random.nextInt(Math.max(1, itemsOf(course.id()).size() / 2));
        startContent(course, person, enrolledAt, status, withdrawnAt, done);
      }
      default -> {
        int done = random.nextInt(itemsOf(course.id()).size());
        startContent(course, person, enrolledAt, status, END, done);
      }
    }
  }

  /**
   * An active or withdrawn enrolment with the first {@code done} items done (optional ones now and
   * then skipped), and now and then an attempt at the quiz that comes next. Started when the first
   * item was done or the attempt begun.
   */
  private void startContent(
      Course course, Person person, Instant enrolledAt, String status, Instant until, int done) {
    List<Item> content = itemsOf(course.id());
    long from = enrolledAt.toEpochMilli();
    long end = until.toEpochMilli() - MINUTE;
    long span = Math.max(MINUTE, Math.min(30 * DAY, end - from) - 10 * MINUTE);
    long[] times = ascending(done, from + 10 * MINUTE, span);
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < done; i++) {
      times[i] = Math.min(times[i], end);
      if (content.get(i).required() || random.nextBoolean()) {
        kept.add(i);
      }
    }
    int roll = random.nextInt(10);
    boolean tries =
        done < content.size() && content.get(done).isQuiz() && status.equals("ACTIVE") && roll < 4;
    long triedAt = Math.min(END.toEpochMilli() - HOUR, (done == 0 ? from : times[done - 1]) + DAY);
    Instant started = null;
    if (!kept.isEmpty()) {
      started = Instant.ofEpochMilli(Math.max(from, times[kept.get(0)] - 5 * MINUTE));
    } else if (tries) {
      started = Instant.ofEpochMilli(triedAt);
    }
    Enrolment enrolment =
        enrolment(
            course,
            person,
            enrolledAt,
            status,
            started,
            null,
            status.equals("WITHDRAWN") ? until : null);
    for (int i : kept) {
      Item item = content.get(i);
      if (item.isQuiz()) {
        passQuiz(enrolment, item, from, times[i]);
      }
      progress.add(new Progress(enrolment.id(), item.id(), times[i]));
    }
    if (tries) {
      Item quiz = content.get(done);
      if (roll < 3) {
        attempt(enrolment, quiz, 1, triedAt, triedAt + 12 * MINUTE, false);
      } else {
        attempt(enrolment, quiz, 1, triedAt, 0, false);
      }
    }
  }

  /** A completed enrolment: every required item done (and half of the optional ones). */
  private void completeContent(Course course, Enrolment enrolment) {
    List<Item> content = itemsOf(course.id());
    long from = enrolment.enrolledAt().toEpochMilli();
    long until = enrolment.completedAt().toEpochMilli();
    long[] times =
        ascending(content.size(), from + MINUTE, Math.max(MINUTE, until - from - MINUTE));
    for (int i = 0; i < times.length; i++) {
      times[i] = Math.min(times[i], until);
    }
    times[times.length - 1] = until;
    for (int i = 0; i < content.size(); i++) {
      Item item = content.get(i);
      if (!item.required() && random.nextBoolean()) {
        continue;
      }
      if (item.isQuiz()) {
        passQuiz(enrolment, item, from, times[i]);
      }
      progress.add(new Progress(enrolment.id(), item.id(), times[i]));
    }
    completion(course, enrolment);
  }

  /** One to three attempts, the last one passing at {@code passedAt}, earlier ones failing. */
  private void passQuiz(Enrolment enrolment, Item quiz, long from, long passedAt) {
    int count = pick(new int[] {1, 2, 3}, new int[] {70, 25, 5});
    if (quiz.attemptLimit() != null) {
      count = Math.min(count, quiz.attemptLimit());
    }
    long gap = Math.max(MINUTE, Math.min(DAY, (passedAt - from) / (count + 1)));
    for (int n = 1; n <= count; n++) {
      long submitted = passedAt - (long) (count - n) * gap;
      long started = Math.max(from, submitted - (3 + random.nextInt(15)) * MINUTE);
      attempt(enrolment, quiz, n, started, submitted, n == count);
    }
  }

  /**
   * An attempt: its questions shuffled; with a {@code submitted} time, answers that score a pass or
   * a fail as {@code pass} says, else not submitted yet.
   */
  private void attempt(
      Enrolment enrolment, Item quiz, int number, long started, long submitted, boolean pass) {
    List<Integer> order = new ArrayList<>();
    for (int q = 0; q < QUESTIONS_PER_QUIZ; q++) {
      order.add(quiz.firstQuestion() + q);
    }
    for (int i = order.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      order.set(i, order.set(j, order.get(i)));
    }
    if (submitted == 0) {
      attempts.add(
          new Attempt(
              attempts.size() + 1,
              enrolment.id(),
              quiz.id(),
              number,
              Instant.ofEpochMilli(started),
              null,
              List.copyOf(order),
              null,
              null,
              null));
      return;
    }
    int needed = (quiz.passMark() * QUESTIONS_PER_QUIZ + 99) / 100;
    int right =
        pass
            ? needed + random.nextInt(QUESTIONS_PER_QUIZ - needed + 1)
            : random.nextInt(Math.max(1, needed));
    boolean[] isRight = new boolean[QUESTIONS_PER_QUIZ];
    for (int r = 0; r < right; ) {
      int q = random.nextInt(QUESTIONS_PER_QUIZ);
      if (!isRight[q]) {
        isRight[q] = true;
        r++;
      }
    }
    List<Integer> answers = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      Question question = questions.get(order.get(i) - 1);
      int correct = question.correct();
      if (isRight[i]) {
        answers.add(correct);
      } else if (question.kind().equals("MULTIPLE")) {
        answers.add(Integer.lowestOneBit(correct));
      } else {
        int wrong =
            (Integer.numberOfTrailingZeros(correct) + 1 + random.nextInt(question.options() - 1))
                % question.options();
        answers.add(1 << wrong);
      }
    }
    int score = right * 100 / QUESTIONS_PER_QUIZ;
    attempts.add(
        new Attempt(
            attempts.size() + 1,
            enrolment.id(),
            quiz.id(),
            number,
            Instant.ofEpochMilli(started),
            Instant.ofEpochMilli(submitted),
            List.copyOf(order),
            score,
            score >= quiz.passMark(),
            List.copyOf(answers)));
  }

  private Enrolment enrolment(
      Course course,
      Person person,
      Instant enrolledAt,
      String status,
      Instant started,
      Instant completedAt,
      Instant withdrawnAt) {
    String origin;
    String by;
    Instant due = null;
    if (course.selfEnrol() && random.nextInt(100) < 65) {
      origin = "SELF";
      by = person.username();
    } else {
      origin =
          person.hasManager()
              ? pick(new String[] {"MANAGER", "HR", "RULE"}, new int[] {40, 35, 25})
              : pick(new String[] {"HR", "RULE"}, new int[] {60, 40});
      by =
          origin.equals("MANAGER")
              ? person.managerUsername()
              : hr.get(random.nextInt(hr.size())).username();
      due = enrolledAt.plus(Duration.ofDays(new int[] {30, 60, 90}[random.nextInt(3)]));
    }
    Instant start = started;
    if (completedAt != null && start == null) {
      start = enrolledAt.plusMillis(MINUTE);
    }
    Enrolment enrolment =
        new Enrolment(
            enrolments.size() + 1,
            course.id(),
            person.username(),
            origin,
            by,
            enrolledAt,
            due,
            status,
            start,
            completedAt,
            withdrawnAt);
    enrolments.add(enrolment);
    return enrolment;
  }

  private void completion(Course course, Enrolment enrolment) {
    boolean attended = course.format().equals("CLASSROOM");
    int id = completions.size() + 1;
    completions.add(
        new Completion(
            id,
            course.id(),
            enrolment.username(),
            enrolment.id(),
            enrolment.completedAt(),
            course.durationMinutes(),
            attended ? "ATTENDANCE" : "COURSE",
            course.validUntil(enrolment.completedAt()),
            verificationCode(dataset.seed(), id),
            attended ? course.owner() : enrolment.username(),
            enrolment.completedAt()));
  }

  /** History from the previous learning system, imported by HR when the platform started. */
  private void imported(Course course, String username, Instant completedAt) {
    int id = completions.size() + 1;
    completions.add(
        new Completion(
            id,
            course.id(),
            username,
            0,
            completedAt,
            course.durationMinutes(),
            "IMPORT",
            course.validUntil(completedAt),
            verificationCode(dataset.seed(), id),
            hr.get(random.nextInt(hr.size())).username(),
            IMPORTED_AT));
  }

  // ---- Reviews. ----

  /** Learners who completed a course rate it (mostly well), two in three with a few words. */
  private void reviews() {
    List<Completion> finished = completions.stream().filter(c -> c.enrolmentId() > 0).toList();
    if (finished.isEmpty()) {
      return;
    }
    Set<Long> reviewed = new HashSet<>();
    for (int tries = 0;
        reviews.size() < volume.reviews() && tries < 20 * volume.reviews();
        tries++) {
      Completion completion = finished.get(random.nextInt(finished.size()));
      long key = ((long) completion.courseId() << 32) | completion.username().hashCode();
      if (!reviewed.add(key)) {
        continue;
      }
      int rating = pick(new int[] {5, 4, 3, 2, 1}, new int[] {35, 35, 15, 10, 5});
      Instant at = earlier(completion.completedAt().plusMillis(random.nextLong(3 * DAY)), END);
      reviews.add(
          new Review(
              reviews.size() + 1,
              completion.courseId(),
              completion.username(),
              rating,
              random.nextInt(3) < 2 ? LearningTexts.review(rating, random) : null,
              at));
      ratingCount[completion.courseId() - 1]++;
      ratingSum[completion.courseId() - 1] += rating;
    }
  }

  // ---- Helpers. ----

  /**
   * A verification code in the application's form ({@code XXXX-XXXX-XXXX}, Crockford's base32) for
   * the {@code n}-th generated completion: 60 bits from a bijective mix of the seed and {@code n},
   * so that no two generated completions share one and the codes look random.
   */
  static String verificationCode(long seed, long n) {
    long x = (n + seed * 0x632BE59BD9B4E019L) & BITS_60;
    x = (x * 0x9E3779B97F4A7C15L) & BITS_60;
    x ^= x >>> 29;
    x = (x * 0xBF58476D1CE4E5B9L) & BITS_60;
    x ^= x >>> 32;
    x = (x * 0x94D049BB133111EBL) & BITS_60;
    x ^= x >>> 31;
    char[] code = new char[14];
    int at = 13;
    for (int i = 0; i < 12; i++) {
      if (i == 4 || i == 8) {
        code[at--] = '-';
      }
      code[at--] = CROCKFORD[(int) (x & 31)];
      x >>>= 5;
    }
    return new String(code);
  }

  private Instant between(Instant from, Instant to) {
    long span = to.toEpochMilli() - from.toEpochMilli();
    return span <= 0 ? from : from.plusMillis(random.nextLong(span));
  }

  /** {@code count} ascending times within {@code span} after {@code from}. */
  private long[] ascending(int count, long from, long span) {
    long[] times = new long[count];
    for (int i = 0; i < count; i++) {
      times[i] = from + random.nextLong(Math.max(1, span));
    }
    Arrays.sort(times);
    return times;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private String pick(String[] values, int[] percents) {
    return values[pickIndex(percents)];
  }

  private int pick(int[] values, int[] percents) {
    return values[pickIndex(percents)];
  }

  private int pickIndex(int[] percents) {
    int r = random.nextInt(100);
    for (int i = 0; i < percents.length; i++) {
      r -= percents[i];
      if (r < 0) {
        return i;
      }
    }
    return percents.length - 1;
  }
}
