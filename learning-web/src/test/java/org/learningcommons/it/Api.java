package org.learningcommons.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

/** A small HTTP client for the API, signing in with HTTP Basic like a script would. */
final class Api {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;

  Api(URL base) {
    this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
  }

  HttpResponse<String> get(String path, String user, String password) {
    return send(request(path, user, password).GET().build());
  }

  HttpResponse<String> post(String path, String user, String password) {
    return send(request(path, user, password).POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  HttpResponse<String> put(String path, String user, String password, String json) {
    return send(
        request(path, user, password)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  HttpResponse<String> get(String path, String user, String password, String accept) {
    return send(request(path, user, password).setHeader("Accept", accept).GET().build());
  }

  HttpResponse<String> postJson(String path, String user, String password, String json) {
    return send(
        request(path, user, password)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** Uploads raw bytes, as a script sends a file. */
  HttpResponse<String> postBytes(String path, String user, String password, byte[] content) {
    return send(
        request(path, user, password)
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(content))
            .build());
  }

  /** Fetches a file as bytes (a download, not an API answer). */
  HttpResponse<byte[]> download(String path, String user, String password) {
    try {
      return http.send(
          request(path, user, password).setHeader("Accept", "*/*").GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends without waiting, to race two submissions against each other. */
  CompletableFuture<HttpResponse<String>> postJsonAsync(
      String path, String user, String password, String json) {
    return http.sendAsync(
        request(path, user, password)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> delete(String path, String user, String password) {
    return send(request(path, user, password).DELETE().build());
  }

  HttpResponse<String> getAnonymous(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).build());
  }

  /** Health endpoints live at the server's root, whatever the application's context root. */
  HttpResponse<String> health(String which) {
    return send(
        HttpRequest.newBuilder(base.resolve("/health/" + which))
            .timeout(Duration.ofSeconds(30))
            .build());
  }

  static JsonObject json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  private HttpRequest.Builder request(String path, String user, String password) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(60))
        .setHeader("Accept", "application/json")
        .header("Authorization", "Basic " + credentials);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
