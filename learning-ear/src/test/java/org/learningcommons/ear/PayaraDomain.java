package org.learningcommons.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway Payara Server domain driven through {@code asadmin}, the way an operator would:
 * create on free ports, start, deploy, stop, delete. Every step prints what asadmin said, so a CI
 * log shows why a run failed.
 */
final class PayaraDomain implements AutoCloseable {

  /**
   * The ports {@code create-domain --portbase} derives from the base (see {@code asadmin
   * create-domain --help}): debugger, IIOP (three), admin, Hazelcast DAS, Hazelcast start, OSGi
   * shell, JMS, HTTP, HTTPS, JMX. The Hazelcast ports follow the base too, so this domain never
   * competes for Payara's default 4900/5900 with other servers on the machine.
   */
  private static final int[] PORT_OFFSETS = {9, 37, 38, 39, 48, 49, 59, 66, 76, 80, 81, 86};

  private static final int ADMIN_OFFSET = 48;
  private static final int HTTP_OFFSET = 80;

  // Bases below Linux's ephemeral range (32768 and up), so that no outgoing connection of this
  // machine takes one of the ports between the check and the server binding it.
  private static final int LOWEST_BASE = 20_000;
  private static final int HIGHEST_BASE = 32_500;
  private static final int BASE_ATTEMPTS = 50;

  private static final Duration ASADMIN_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
  private static final int LOG_TAIL_LINES = 200;

  private final Path payaraHome;
  private final Path domainsDir;
  private final String name;
  private final int portBase;
  private boolean created;
  private boolean closed;

  private PayaraDomain(Path payaraHome, Path domainsDir, String name, int portBase) {
    this.payaraHome = payaraHome;
    this.domainsDir = domainsDir;
    this.name = name;
    this.portBase = portBase;
  }

  /** Creates a new domain, admin without password, on a port base whose ports are all free. */
  static PayaraDomain create(Path payaraHome, Path domainsDir) {
    if (!Files.isRegularFile(cli(payaraHome))) {
      throw new IllegalStateException(
          "No Payara Server at "
              + payaraHome
              + ": the build unpacks it in pre-integration-test (mvn verify)");
    }
    int portBase = freePortBase();
    // The port base in the name keeps parallel builds, and a domain left by a killed run, apart.
    PayaraDomain domain =
        new PayaraDomain(payaraHome, domainsDir, "learning-commons-it-" + portBase, portBase);
    domain.createDomain();
    return domain;
  }

  int httpPort() {
    return portBase + HTTP_OFFSET;
  }

  int adminPort() {
    return portBase + ADMIN_OFFSET;
  }

  String name() {
    return name;
  }

  /**
   * Starts the domain. The server JVM inherits the environment of {@code asadmin start-domain}, so
   * the application reads {@code environment} through MicroProfile Config's environment source;
   * nothing needs escaping for asadmin and no secret lands in domain.xml.
   */
  void start(Map<String, String> environment) {
    Result result = asadmin(environment, "start-domain", "--domaindir", domainsDir, name);
    if (!result.succeeded()) {
      printServerLogTail();
      throw new IllegalStateException("asadmin start-domain failed:\n" + result.output());
    }
  }

  /** Deploys an archive; asadmin returns once the application is loaded or has failed. */
  void deploy(Path archive, String applicationName) {
    Result result =
        asadmin(
            Map.of(),
            List.of("--host", "127.0.0.1", "--port", String.valueOf(adminPort())),
            "deploy",
            "--name",
            applicationName,
            archive);
    if (!result.succeeded()) {
      printServerLogTail();
      throw new IllegalStateException("asadmin deploy failed:\n" + result.output());
    }
  }

  /** Polls {@code uri} until it answers 200; fails early when the server process has died. */
  void awaitOk(URI uri, Duration timeout) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (serverProcess().isEmpty()) {
        printServerLogTail();
        throw new IllegalStateException("The server process of " + name + " has died");
      }
      try {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
        last = response.statusCode() + " " + response.body();
      } catch (IOException e) {
        // Refused or cut off while the application is still loading: keep polling.
        last = e.toString();
      }
      Thread.sleep(POLL_INTERVAL.toMillis());
    }
    printServerLogTail();
    throw new IllegalStateException(
        uri + " did not answer 200 within " + timeout.toSeconds() + " s; last: " + last);
  }

  /** The end of the server log on stdout, for the CI log of a failed run. */
  void printServerLogTail() {
    Path log = domainsDir.resolve(name).resolve("logs").resolve("server.log");
    System.out.println("----- last " + LOG_TAIL_LINES + " lines of " + log + " -----");
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      lines
          .subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size())
          .forEach(System.out::println);
    } catch (IOException e) {
      System.out.println("(cannot read the server log: " + e + ")");
    }
    System.out.println("----- end of " + log + " -----");
  }

  /** Stops and deletes the domain; safe to call twice and from a shutdown hook. */
  @Override
  public synchronized void close() {
    if (closed || !created) {
      return;
    }
    closed = true;
    if (serverProcess().isPresent()) {
      if (!asadmin(Map.of(), "stop-domain", "--domaindir", domainsDir, name).succeeded()) {
        asadmin(Map.of(), "stop-domain", "--kill=true", "--domaindir", domainsDir, name);
      }
      // Only the process this domain's pid file names, which this test started.
      serverProcess()
          .ifPresent(
              process -> {
                process.destroyForcibly();
                process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
              });
    }
    asadmin(Map.of(), "delete-domain", "--domaindir", domainsDir, name);
  }

  private void createDomain() {
    Result result =
        asadmin(
            Map.of(),
            "create-domain",
            "--nopassword",
            "--portbase",
            portBase,
            "--domaindir",
            domainsDir,
            name);
    if (!result.succeeded()) {
      throw new IllegalStateException("asadmin create-domain failed:\n" + result.output());
    }
    created = true;
  }

  /** The running server of this domain, found through the pid file Payara writes on start. */
  private Optional<ProcessHandle> serverProcess() {
    Path pidFile = domainsDir.resolve(name).resolve("config").resolve("pid");
    try {
      long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private Result asadmin(Map<String, String> environment, String subcommand, Object... arguments) {
    return asadmin(environment, List.of(), subcommand, arguments);
  }

  private Result asadmin(
      Map<String, String> environment,
      List<String> programOptions,
      String subcommand,
      Object... arguments) {
    List<String> command = new ArrayList<>();
    // The CLI jar itself rather than the bin/asadmin script: the same on every OS, and it runs on
    // the JVM of this build, which the server then inherits as well.
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(cli(payaraHome).toString());
    command.add("--interactive=false");
    command.addAll(programOptions);
    command.add(subcommand);
    for (Object argument : arguments) {
      command.add(argument.toString());
    }
    long started = System.nanoTime();
    try {
      Files.createDirectories(domainsDir);
      // Output goes to a file, not a pipe: nothing can block on a full pipe or on a child that
      // keeps it open, and the wait below can time out.
      Path output = Files.createTempFile(domainsDir, "asadmin-" + subcommand + "-", ".log");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .directory(domainsDir.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      process.getOutputStream().close();
      boolean finished = process.waitFor(ASADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (!finished) {
        process.destroyForcibly();
        process.waitFor();
      }
      String text = Files.readString(output, StandardCharsets.UTF_8);
      Files.delete(output);
      int exitCode = finished ? process.exitValue() : -1;
      System.out.printf(
          "asadmin %s: exit %d after %.1f s%n%s%n",
          subcommand, exitCode, (System.nanoTime() - started) / 1e9, text.strip());
      return new Result(exitCode, finished ? text : text + "\n(timed out after " + ASADMIN_TIMEOUT);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + command, e);
    }
  }

  private static Path cli(Path payaraHome) {
    return payaraHome
        .resolve("glassfish")
        .resolve("lib")
        .resolve("client")
        .resolve("appserver-cli.jar");
  }

  private static int freePortBase() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int attempt = 0; attempt < BASE_ATTEMPTS; attempt++) {
      // Multiples of 100 keep every derived port inside the base's own block.
      int base = random.nextInt(LOWEST_BASE / 100, HIGHEST_BASE / 100) * 100;
      if (allFree(base)) {
        return base;
      }
    }
    throw new IllegalStateException("No free Payara port base after " + BASE_ATTEMPTS + " tries");
  }

  private static boolean allFree(int base) {
    for (int offset : PORT_OFFSETS) {
      // The server binds every address, so that is what must be free.
      try (ServerSocket socket = new ServerSocket()) {
        socket.setReuseAddress(false);
        socket.bind(new InetSocketAddress(base + offset));
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }

  private record Result(int exitCode, String output) {
    boolean succeeded() {
      return exitCode == 0;
    }
  }
}
