package org.learningcommons.bench.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plans the people of a preset as a company: the chief executive (u000001) heads the Executive
 * Office, where the platform administrator (u000002) and a few executives report to them; every
 * other department has a head reporting to the chief executive, team leads reporting to the head
 * and teams of 6 to 10 people (the lead included) reporting to their lead. Usernames follow that
 * order, so a manager always comes before their reports.
 */
final class Organisation {

  static final int CEO = 1;
  static final int ADMIN = 2;

  /** The smallest department: a head and a team of a lead and one person. */
  private static final int MIN_DEPARTMENT = 3;

  private static final int MIN_TEAM = 6;
  private static final int MAX_TEAM = 10;

  private final SplittableRandom random;
  private final List<Person> people = new ArrayList<>();

  private Organisation(SplittableRandom random) {
    this.random = random;
  }

  static Dataset plan(Preset preset, long seed) {
    Organisation organisation = new Organisation(Dataset.random(seed, "staff"));
    List<String> departments = Departments.names(preset.departments());
    int executives = executiveOfficeSize(preset.staff());
    int[] sizes =
        organisation.departmentSizes(preset.staff() - executives, preset.departments() - 1);
    organisation.executiveOffice(executives);
    for (int n = 1; n < preset.departments(); n++) {
      organisation.department(n, sizes[n - 1]);
    }
    return new Dataset(preset, seed, departments, organisation.people);
  }

  /** Small: the chief executive, the administrator and a few others, growing slowly with size. */
  static int executiveOfficeSize(int staff) {
    return Math.min(10, 3 + staff / 2_000);
  }

  private void executiveOffice(int size) {
    add(Departments.EXECUTIVE_OFFICE, "Chief Executive Officer", 0, false);
    add(Departments.EXECUTIVE_OFFICE, "Learning Platform Administrator", CEO, false);
    for (int i = 0; i < size - 2; i++) {
      String title = Departments.EXECUTIVE_TITLES.get(i % Departments.EXECUTIVE_TITLES.size());
      add(Departments.EXECUTIVE_OFFICE, title, CEO, false);
    }
  }

  private void department(int n, int size) {
    Departments.Kind kind = Departments.kind(n);
    String name = Departments.name(n);
    boolean hr = kind.humanResources();
    int head = add(name, kind.headTitle(), CEO, hr);
    int remaining = size - 1;
    while (remaining > 0) {
      int team = teamSize(remaining);
      int lead = add(name, kind.leadTitle(), head, hr);
      for (int i = 1; i < team; i++) {
        String title = kind.staffTitles().get(random.nextInt(kind.staffTitles().size()));
        add(name, title, lead, hr && title.equals(kind.hrTitle()));
      }
      remaining -= team;
    }
  }

  /** A team of 6 to 10 people; the last ones of a department make the last team. */
  private int teamSize(int remaining) {
    if (remaining <= MAX_TEAM) {
      return remaining;
    }
    int team = MIN_TEAM + random.nextInt(MAX_TEAM - MIN_TEAM + 1);
    return remaining - team < MIN_TEAM ? remaining - MIN_TEAM : team;
  }

  /** Splits {@code total} people over departments of varied size (weights 0.6 to 1.4). */
  private int[] departmentSizes(int total, int departments) {
    if (total < departments * MIN_DEPARTMENT) {
      throw new IllegalArgumentException(
          total + " people are too few for " + departments + " departments");
    }
    double[] weights = new double[departments];
    double sum = 0;
    for (int i = 0; i < departments; i++) {
      weights[i] = 0.6 + 0.8 * random.nextDouble();
      sum += weights[i];
    }
    int[] sizes = new int[departments];
    int assigned = 0;
    for (int i = 0; i < departments; i++) {
      sizes[i] = Math.max(MIN_DEPARTMENT, (int) Math.floor(total * weights[i] / sum));
      assigned += sizes[i];
    }
    for (int i = 0; assigned < total; i = (i + 1) % departments) {
      sizes[i]++;
      assigned++;
    }
    for (int i = 0; assigned > total; i = (i + 1) % departments) {
      if (sizes[i] > MIN_DEPARTMENT) {
        sizes[i]--;
        assigned--;
      }
    }
    return sizes;
  }

  private int add(String department, String title, int manager, boolean hr) {
    int index = people.size() + 1;
    people.add(
        new Person(
            index, Names.givenName(random), Names.surname(random), department, title, manager, hr));
    return index;
  }
}
