package com.trengo.examples.webhooks;

import com.sun.net.httpserver.HttpServer;
import com.trengo.client.webhook.WebhookReceiver;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

/** One of the README's receivers serving POST /trengo/webhooks on 127.0.0.1, on a free port. */
interface ExampleServer extends AutoCloseable {
  String PATH = "/trengo/webhooks";

  /** Where deliveries go. */
  URI url();

  /** Stops the server. */
  @Override
  void close();

  /** Starts a receiver example with {@code receiver}. */
  interface Factory {
    /** On {@code port} (0: a free one). */
    ExampleServer start(WebhookReceiver receiver, int port) throws Exception;

    /** On a free port. */
    default ExampleServer start(WebhookReceiver receiver) throws Exception {
      return start(receiver, 0);
    }
  }

  /** {@link JdkWebhookServer} on the JDK's built-in HTTP server. */
  static ExampleServer jdk(WebhookReceiver receiver, int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext(PATH, new JdkWebhookServer(receiver));
    server.start();
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    return new ExampleServer() {
      @Override
      public URI url() {
        return url;
      }

      @Override
      public void close() {
        server.stop(0);
      }
    };
  }

  /** {@link TrengoWebhookServlet} in an embedded Jetty. */
  static ExampleServer servlet(WebhookReceiver receiver, int port) throws Exception {
    Server jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addServlet(new ServletHolder(new TrengoWebhookServlet(receiver)), PATH);
    jetty.setHandler(context);
    jetty.start();
    URI url = URI.create("http://127.0.0.1:" + connector.getLocalPort() + PATH);
    return new ExampleServer() {
      @Override
      public URI url() {
        return url;
      }

      @Override
      public void close() {
        try {
          jetty.stop();
        } catch (Exception e) {
          throw new IllegalStateException("Jetty did not stop", e);
        }
      }
    };
  }
}
