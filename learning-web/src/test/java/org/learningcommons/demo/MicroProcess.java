package org.learningcommons.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Payara Micro WAR running in a child process, as the run command and the load-journey smoke
 * test start it. A child process keeps the application's class path free of the caller's test
 * libraries, exactly as in production.
 */
public final class MicroProcess implements AutoCloseable {

  private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
  private static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(30);

  private final Process process;
  private final int httpPort;

  private MicroProcess(Process process, int httpPort) {
    this.process = process;
    this.httpPort = httpPort;
  }

  /** Describes a Micro to start; {@code microJar} is payara-micro.jar, {@code war} the app. */
  public static Builder builder(Path microJar, Path war) {
    return new Builder(microJar, war);
  }

  public int httpPort() {
    return httpPort;
  }

  /** Where the application answers, without a trailing slash. */
  public String baseUrl() {
    return "http://localhost:" + httpPort;
  }

  /**
   * Polls {@code /health/ready} until it answers 200. Returns false when the process exits first
   * (see {@link #isAlive()} and {@link #exitValue()}) or when the timeout passes with the process
   * still running.
   */
  public boolean awaitReady(Duration timeout) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        return false;
      }
      if (isReady(client, request)) {
        return true;
      }
      Thread.sleep(POLL_INTERVAL.toMillis());
    }
    return false;
  }

  private static boolean isReady(HttpClient client, HttpRequest request)
      throws InterruptedException {
    try {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      // Refused or cut off while Micro is still starting or deploying: keep polling.
      return false;
    }
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public int exitValue() {
    return process.exitValue();
  }

  /** Blocks until the process ends, e.g. when the run command's user presses Ctrl-C. */
  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  /**
   * Asks Micro to shut down (SIGTERM) and kills it if it has not stopped within {@code timeout}.
   * Returns false when it had to be killed.
   */
  public boolean stop(Duration timeout) {
    if (!process.isAlive()) {
      return true;
    }
    process.destroy();
    try {
      if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        return true;
      }
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    return false;
  }

  @Override
  public void close() {
    stop(DEFAULT_STOP_TIMEOUT);
  }

  /** The command line and environment of one Micro; {@link #start()} launches it. */
  public static final class Builder {

    private final Path microJar;
    private final Path war;
    private int httpPort = 8080;
    private int hazelcastPort = 15900;
    private Path rootDir;
    private Path prebootFile;
    private Path log;
    private final Map<String, String> environment = new LinkedHashMap<>();

    private Builder(Path microJar, Path war) {
      this.microJar = Objects.requireNonNull(microJar, "microJar");
      this.war = Objects.requireNonNull(war, "war");
    }

    public Builder httpPort(int port) {
      this.httpPort = port;
      return this;
    }

    /** Pinned: even with --nocluster Micro would otherwise take 6900 or the next free port. */
    public Builder hazelcastPort(int port) {
      this.hazelcastPort = port;
      return this;
    }

    /** Micro's working directory (--rootdir): its config, logs and unpacked runtime. */
    public Builder rootDir(Path directory) {
      this.rootDir = directory;
      return this;
    }

    /** Where to write the preboot command file; by default beside the root directory. */
    public Builder prebootFile(Path file) {
      this.prebootFile = file;
      return this;
    }

    /** Variables added to the inherited environment (DB_URL, LDAP_URL, ...). */
    public Builder environment(Map<String, String> variables) {
      environment.putAll(variables);
      return this;
    }

    /** Micro's output goes to this file; without one it shares the caller's console. */
    public Builder log(Path file) {
      this.log = file;
      return this;
    }

    public MicroProcess start() throws IOException {
      Objects.requireNonNull(rootDir, "rootDir");
      // Micro remembers what it deployed in its root directory and would deploy the WAR of the
      // last run first, then replace it with --deploy: two deployments, and timers of the first
      // firing while it is taken down. Every start begins with an empty root directory.
      deleteRecursively(rootDir);
      Path preboot =
          prebootFile != null
              ? prebootFile
              : rootDir.resolveSibling(rootDir.getFileName() + "-preboot.asadmin");
      Files.createDirectories(preboot.toAbsolutePath().getParent());
      Files.writeString(
          preboot,
          "set hazelcast-runtime-configuration.start-port="
              + hazelcastPort
              + "\nset hazelcast-runtime-configuration.auto-increment-port=false\n",
          StandardCharsets.UTF_8);
      List<String> command =
          List.of(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-Xmx1g",
              "-jar",
              microJar.toString(),
              "--deploy",
              war.toString(),
              "--contextroot",
              "/",
              "--port",
              String.valueOf(httpPort),
              "--nocluster",
              "--prebootcommandfile",
              preboot.toString(),
              "--rootdir",
              rootDir.toString());
      ProcessBuilder builder = new ProcessBuilder(command);
      if (log == null) {
        builder.inheritIO();
      } else {
        Files.createDirectories(log.toAbsolutePath().getParent());
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
      }
      builder.environment().putAll(environment);
      return new MicroProcess(builder.start(), httpPort);
    }

    private static void deleteRecursively(Path directory) throws IOException {
      if (!Files.exists(directory)) {
        return;
      }
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }
}
