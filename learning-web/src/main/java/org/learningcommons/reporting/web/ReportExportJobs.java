package org.learningcommons.reporting.web;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningcommons.reporting.ExportFormat;
import org.learningcommons.reporting.ReportExports;
import org.learningcommons.reporting.ReportFilter;
import org.learningcommons.reporting.api.ReportTablesResource;

/**
 * Exports started from a report page: each runs in the background (the container's managed
 * executor, which carries the person's identity to the export's permission checks) into a temporary
 * file, counting rows so that the page can show progress. Only the person who started a job can see
 * or download it; files go when downloaded, or after {@link #KEEP}.
 */
@ApplicationScoped
public class ReportExportJobs {

  static final Duration KEEP = Duration.ofHours(1);
  private static final Logger LOG = Logger.getLogger(ReportExportJobs.class.getName());

  /** What the page shows of a job. */
  public enum State {
    RUNNING,
    DONE,
    FAILED
  }

  /** One export; progress fields are updated by the worker and read by the page's polls. */
  public static final class Job {
    private final String id;
    private final String owner;
    private final String fileName;
    private final ExportFormat format;
    private final Path file;
    private final long total;
    private final Instant startedAt = Instant.now();
    private final AtomicLong written = new AtomicLong();
    private volatile State state = State.RUNNING;

    Job(String owner, String fileName, ExportFormat format, Path file, long total) {
      this.id = UUID.randomUUID().toString();
      this.owner = owner;
      this.fileName = fileName;
      this.format = format;
      this.file = file;
      this.total = total;
    }

    public String id() {
      return id;
    }

    public String fileName() {
      return fileName;
    }

    public ExportFormat format() {
      return format;
    }

    public long total() {
      return total;
    }

    public long written() {
      return written.get();
    }

    public State state() {
      return state;
    }

    /** Percent done, 0..100 (a table that is empty is done at once). */
    public int percent() {
      if (state == State.DONE) {
        return 100;
      }
      return total <= 0 ? 0 : (int) Math.min(99, written.get() * 100 / total);
    }

    Path file() {
      return file;
    }
  }

  private final Map<String, Job> jobs = new ConcurrentHashMap<>();

  @Resource ManagedExecutorService executor;
  @Inject ReportExports exports;

  /**
   * Checks the filter and starts the export (the checks run now, in the person's request, so that a
   * refusal is a message on the page and not a failed job).
   */
  public Job start(
      String owner, String key, ExportFormat format, ReportFilter filter, ReportTexts texts)
      throws IOException {
    removeExpired();
    ReportExports.ExportPlan plan = exports.plan(key, filter);
    Path file = Files.createTempFile("lc-export-", "." + format.extension());
    Job job =
        new Job(
            owner,
            ReportTablesResource.fileName(key, format, LocalDate.now(texts.zone())),
            format,
            file,
            plan.rows());
    jobs.put(job.id(), job);
    executor.execute(() -> run(job, key, filter, texts));
    return job;
  }

  /** The job, if it is {@code owner}'s. */
  public Optional<Job> find(String id, String owner) {
    Job job = id == null ? null : jobs.get(id);
    return job != null && job.owner.equals(owner) ? Optional.of(job) : Optional.empty();
  }

  /** Hands the finished file over and forgets the job: the file is deleted once read. */
  public Optional<Path> take(String id, String owner) {
    Optional<Job> job = find(id, owner).filter(j -> j.state == State.DONE);
    job.ifPresent(j -> jobs.remove(j.id));
    return job.map(Job::file);
  }

  private void run(Job job, String key, ReportFilter filter, ReportTexts texts) {
    try (OutputStream out = Files.newOutputStream(job.file)) {
      exports.export(key, filter, job.format, texts, out, job.written::set);
      job.state = State.DONE;
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Export of " + key + " for " + job.owner + " failed", e);
      job.state = State.FAILED;
      delete(job.file);
    }
  }

  private void removeExpired() {
    Instant limit = Instant.now().minus(KEEP);
    jobs.values()
        .removeIf(
            job -> {
              boolean old = job.startedAt.isBefore(limit) && job.state != State.RUNNING;
              if (old) {
                delete(job.file);
              }
              return old;
            });
  }

  @PreDestroy
  void removeAll() {
    jobs.values().forEach(job -> delete(job.file));
    jobs.clear();
  }

  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.FINE, "Could not delete " + file, e);
    }
  }
}
