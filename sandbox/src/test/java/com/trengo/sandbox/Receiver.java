package com.trengo.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A webhook receiver on 127.0.0.1 for the sandbox's tests: records every POST it gets and answers with
 * the statuses it is given, in order (then 200); can be made to hold its answers until released.
 */
final class Receiver implements AutoCloseable {

  /** One POST as it arrived. */
  record Received(String path, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
  }

  private final HttpServer server;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final Deque<Integer> statuses = new ArrayDeque<>();
  private volatile CountDownLatch hold = new CountDownLatch(0);

  private Receiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        byte[] body = exchange.getRequestBody().readAllBytes();
        received.add(new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
            new String(body, StandardCharsets.UTF_8)));
        hold.await(10, TimeUnit.SECONDS);
        exchange.sendResponseHeaders(nextStatus(), -1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  static Receiver start() throws IOException {
    return new Receiver();
  }

  /** Answers the next POSTs with these statuses, in order; 200 after them. */
  synchronized Receiver answering(Integer... codes) {
    statuses.addAll(List.of(codes));
    return this;
  }

  /** Holds every answer until {@link #release()}. */
  Receiver holding() {
    hold = new CountDownLatch(1);
    return this;
  }

  void release() {
    hold.countDown();
  }

  private synchronized int nextStatus() {
    return statuses.isEmpty() ? 200 : statuses.poll();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** The next POST, waiting for it at most 10 s. */
  Received next() throws InterruptedException {
    Received next = received.poll(10, TimeUnit.SECONDS);
    if (next == null) {
      throw new AssertionError("no delivery reached the receiver within 10 s");
    }
    return next;
  }

  /** Every POST received so far, without waiting. */
  List<Received> all() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    release();
    server.stop(0);
  }
}
