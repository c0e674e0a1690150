package com.trengo.client.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * An HTTP/1.1 server on 127.0.0.1 that answers each request with exactly the bytes a test scripts,
 * for what a well-behaved server (WireMock) will not do: a body cut short of its Content-Length, a
 * body that never ends, a keep-alive connection closed behind the client's back. Each connection is
 * served on its own thread; requests are read whole (headers and Content-Length body) and recorded.
 */
public final class RawHttpServer implements AutoCloseable {

  /** One request as it arrived. */
  public record Request(String method, String path, String body, int connection) {}

  /**
   * What to do with one request: write {@code bytes} (status line, headers, body, as given), then
   * keep the connection for the next request, close it, or hold it open without another word.
   */
  public record Reply(byte[] bytes, After after) {
    /** A complete answer with a JSON body; the connection stays open for the next request. */
    public static Reply json(int status, String body) {
      return new Reply(head(status, "application/json", body.getBytes(StandardCharsets.UTF_8).length)
          .concat(body).getBytes(StandardCharsets.UTF_8), After.KEEP_ALIVE);
    }

    /** The same answer, then the connection closed at once, as a server's idle timeout would do. */
    public static Reply jsonThenClose(int status, String body) {
      return new Reply(json(status, body).bytes(), After.CLOSE);
    }

    /** Status and headers declaring {@code body}'s full length, then only its first {@code sent} bytes, then close. */
    public static Reply cut(int status, String body, int sent) {
      byte[] whole = body.getBytes(StandardCharsets.UTF_8);
      byte[] head = head(status, "application/json", whole.length).getBytes(StandardCharsets.UTF_8);
      byte[] out = new byte[head.length + sent];
      System.arraycopy(head, 0, out, 0, head.length);
      System.arraycopy(whole, 0, out, head.length, sent);
      return new Reply(out, After.CLOSE);
    }

    /** Status and headers declaring {@code length} bytes, then {@code sent} of them, then silence. */
    public static Reply stall(int status, int length, String sent) {
      return new Reply(head(status, "application/json", length).concat(sent).getBytes(StandardCharsets.UTF_8), After.HOLD);
    }

    /** A body of {@code length} bytes of one JSON string value in an object, sent in full. */
    public static Reply large(int status, int length, boolean chunked) {
      StringBuilder body = new StringBuilder("{\"name\":\"");
      while (body.length() < length - 2) {
        body.append('x');
      }
      body.append("\"}");
      byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
      if (!chunked) {
        return new Reply((head(status, "application/json", bytes.length) + body).getBytes(StandardCharsets.UTF_8), After.KEEP_ALIVE);
      }
      String head = "HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
      String chunks = Integer.toHexString(bytes.length) + "\r\n" + body + "\r\n0\r\n\r\n";
      return new Reply((head + chunks).getBytes(StandardCharsets.UTF_8), After.KEEP_ALIVE);
    }

    private static String head(int status, String type, int length) {
      return "HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: " + length + "\r\n\r\n";
    }
  }

  /** What happens to the connection after a reply. */
  public enum After { KEEP_ALIVE, CLOSE, HOLD }

  private final ServerSocket socket;
  private final Function<Request, Reply> handler;
  private final List<Request> received = new CopyOnWriteArrayList<>();
  private final BlockingQueue<Integer> closedConnections = new LinkedBlockingQueue<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final Thread acceptor;
  private volatile boolean closed;

  /** Starts serving on a free port of 127.0.0.1, answering each request with {@code handler}. */
  public RawHttpServer(Function<Request, Reply> handler) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.handler = handler;
    this.acceptor = new Thread(this::accept, "raw-http-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** {@code http://127.0.0.1:PORT/api/v2/}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/api/v2/";
  }

  /** Every request read so far, in order. */
  public List<Request> received() {
    return List.copyOf(received);
  }

  /** Waits until the server has closed a connection after a reply; false after {@code seconds}. */
  public boolean awaitConnectionClosed(long seconds) throws InterruptedException {
    return closedConnections.poll(seconds, TimeUnit.SECONDS) != null;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    socket.close();
    for (Socket s : open) {
      s.close();
    }
  }

  private void accept() {
    int connections = 0;
    while (!closed) {
      try {
        Socket client = socket.accept();
        open.add(client);
        int number = ++connections;
        Thread serving = new Thread(() -> serve(client, number), "raw-http-" + number);
        serving.setDaemon(true);
        serving.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket client, int connection) {
    try (client) {
      InputStream in = client.getInputStream();
      OutputStream out = client.getOutputStream();
      while (true) {
        Request request = read(in, connection);
        if (request == null) {
          return;
        }
        received.add(request);
        Reply reply = handler.apply(request);
        out.write(reply.bytes());
        out.flush();
        if (reply.after() == After.CLOSE) {
          client.close();
          closedConnections.add(connection);
          return;
        }
        if (reply.after() == After.HOLD) {
          while (in.read() >= 0) {
            // silent until the client gives up
          }
          return;
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  private static Request read(InputStream in, int connection) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    int b;
    while (matched < 4 && (b = in.read()) >= 0) {
      head.write(b);
      matched = (b == '\r' || b == '\n') ? (isNext(matched, b) ? matched + 1 : (b == '\r' ? 1 : 0)) : 0;
    }
    if (matched < 4) {
      return null;
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    String[] requestLine = lines[0].split(" ");
    int length = 0;
    List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
    for (String header : headers) {
      if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(header.substring(header.indexOf(':') + 1).trim());
      }
    }
    byte[] body = in.readNBytes(length);
    return new Request(requestLine[0], requestLine[1], new String(body, StandardCharsets.UTF_8), connection);
  }

  /** CR LF CR LF: whether {@code b} continues the sequence after {@code matched} of it. */
  private static boolean isNext(int matched, int b) {
    return (matched % 2 == 0 && b == '\r') || (matched % 2 == 1 && b == '\n');
  }
}
