package dev.yakusoku.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** How the load generators call the service: JSON, signed in, and patient when it is busy. */
final class BenchHttp {
  /** HTTP Basic credentials of the benchmark's user, base64; set by {@code bench/service.sh}. */
  private static final String AUTH = System.getenv("BENCH_AUTH");

  private BenchHttp() {}

  static HttpRequest.Builder request(URI uri) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).header("Content-Type", "application/json");
    if (AUTH != null && !AUTH.isBlank()) {
      request.header("Authorization", "Basic " + AUTH);
    }
    return request;
  }

  /** Sends {@code request}, waiting and sending it again while the engine is catching up (503). */
  static <T> HttpResponse<T> send(
      HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body)
      throws IOException, InterruptedException {
    HttpResponse<T> response = client.send(request, body);
    while (response.statusCode() == 503) {
      Thread.sleep(1000);
      response = client.send(request, body);
    }
    return response;
  }
}
