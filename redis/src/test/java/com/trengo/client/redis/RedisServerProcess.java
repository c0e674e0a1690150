package com.trengo.client.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A {@code redis-server} of the test's own, on a free port of 127.0.0.1 in a temporary directory,
 * without persistence: to kill and restart without touching the shared Redis.
 */
final class RedisServerProcess implements AutoCloseable {
  private final int port;
  private final Path dir;
  private Process process;

  private RedisServerProcess(int port, Path dir) {
    this.port = port;
    this.dir = dir;
  }

  static RedisServerProcess start() throws IOException, InterruptedException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    RedisServerProcess server = new RedisServerProcess(port, Files.createTempDirectory("trengo-redis-test"));
    server.restart();
    return server;
  }

  String url() {
    return "redis://127.0.0.1:" + port;
  }

  /** Starts the server (again, after {@link #kill}) and returns once it answers PING. */
  void restart() throws IOException, InterruptedException {
    process =
        new ProcessBuilder(List.of("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", dir.toString()))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("redis.log").toFile())
            .start();
    RedisClient client = RedisClient.create();
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (true) {
        try (StatefulRedisConnection<String, String> c =
            client.connect(RedisURI.builder(RedisURI.create(url())).withTimeout(Duration.ofSeconds(1)).build())) {
          c.sync().ping();
          return;
        } catch (RuntimeException notYet) {
          if (System.nanoTime() > deadline || !process.isAlive()) {
            throw new IllegalStateException("redis-server on port " + port + " did not start; see " + dir, notYet);
          }
          Thread.onSpinWait();
        }
      }
    } finally {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    }
  }

  /** Kills the server at once (SIGKILL): its data is gone, as after a crash. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
