package org.learningcommons.bench.dataset;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Everything one preset and seed generate, planned in memory before anything is written. People are
 * listed by index: {@code people().get(i)} has index {@code i + 1}, and everybody's manager comes
 * before them.
 */
public final class Dataset {

  /**
   * The fixed moment every generated timestamp derives from: the profiles were created by a
   * directory sync at this instant. Never the clock, so that the data is the same on every run.
   */
  public static final Instant EPOCH = Instant.parse("2026-01-05T07:00:00Z");

  private final Preset preset;
  private final long seed;
  private final List<String> departments;
  private final List<Person> people;
  private final boolean[] managers;

  Dataset(Preset preset, long seed, List<String> departments, List<Person> people) {
    this.preset = preset;
    this.seed = seed;
    this.departments = List.copyOf(departments);
    this.people = List.copyOf(people);
    this.managers = new boolean[people.size()];
    for (Person person : people) {
      if (person.hasManager()) {
        managers[person.managerIndex() - 1] = true;
      }
    }
  }

  /** Plans the organisation of a preset: people, departments, managers and role groups. */
  public static Dataset plan(Preset preset, long seed) {
    return Organisation.plan(preset, seed);
  }

  public Preset preset() {
    return preset;
  }

  public long seed() {
    return seed;
  }

  /** Department names, Executive Office first. */
  public List<String> departments() {
    return departments;
  }

  public List<Person> people() {
    return people;
  }

  public Person person(int index) {
    return people.get(index - 1);
  }

  /**
   * A random source for one kind of data, independent of the others: a step added later draws from
   * its own source, so the people (and the LDIF) of a seed stay the same.
   */
  public SplittableRandom random(String kindOfData) {
    return random(seed, kindOfData);
  }

  static SplittableRandom random(long seed, String kindOfData) {
    // String.hashCode is specified by the Java language, so the derivation is stable.
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + kindOfData.hashCode());
  }

  /** Whether someone reports to this person (they are then in LC-Managers). */
  public boolean isManager(int index) {
    return managers[index - 1];
  }

  /** Members of LC-Managers in index order. */
  public List<Person> managers() {
    return people.stream().filter(p -> managers[p.index() - 1]).toList();
  }

  /** Members of LC-HR in index order. */
  public List<Person> hr() {
    return people.stream().filter(Person::hr).toList();
  }

  /** Members of LC-Admins: the platform administrator, u000002. */
  public List<Person> admins() {
    return List.of(person(Organisation.ADMIN));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Dataset that
        && preset == that.preset
        && seed == that.seed
        && departments.equals(that.departments)
        && people.equals(that.people);
  }

  @Override
  public int hashCode() {
    return Objects.hash(preset, seed, departments, people);
  }
}
