package com.trengo.sandbox.internal.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dispatches a request to the handler for its method and path template ({@code /contacts/{contact_id}}),
 * answering like Laravel when nothing matches: 404 for an unknown path, 405 for a known path with another
 * method.
 */
public final class Router {

  private final List<Route> routes = new ArrayList<>();

  /** Adds the handler for {@code method} on {@code template}; returns this router. */
  public Router add(String method, String template, Handler handler) {
    routes.add(new Route(method, template, handler));
    return this;
  }

  /** Answers the request: the handler's response, or its refusal turned into a response. */
  public ApiResponse dispatch(ApiRequest request) {
    TreeSet<String> allowed = new TreeSet<>();
    for (Route route : routes) {
      Map<String, String> params = route.match(request.path());
      if (params == null) {
        continue;
      }
      if (route.method.equals(request.method())) {
        try {
          return route.handler.handle(request.withPathParams(params));
        } catch (ApiException e) {
          return e.toResponse();
        }
      }
      allowed.add(route.method);
    }
    String route = "api/v2" + request.path();
    if (allowed.isEmpty()) {
      return ApiResponse.message(404, "The route " + route + " could not be found.");
    }
    return ApiResponse.message(
        405,
        "The " + request.method() + " method is not supported for route " + route + ". Supported methods: "
            + String.join(", ", allowed) + ".");
  }

  /** A method and path template, compiled to a pattern that captures each {@code {name}} segment. */
  private static final class Route {
    private static final Pattern PARAM = Pattern.compile("\\{([a-z_]+)}");

    final String method;
    final Handler handler;
    final Pattern pattern;
    final List<String> names = new ArrayList<>();

    Route(String method, String template, Handler handler) {
      this.method = Objects.requireNonNull(method, "method == null");
      this.handler = Objects.requireNonNull(handler, "handler == null");
      StringBuilder regex = new StringBuilder("^");
      Matcher m = PARAM.matcher(template);
      int last = 0;
      while (m.find()) {
        regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
        names.add(m.group(1));
        last = m.end();
      }
      regex.append(Pattern.quote(template.substring(last))).append("/?$");
      this.pattern = Pattern.compile(regex.toString());
    }

    /** The captured parameters, or null if the path is not this route's. */
    Map<String, String> match(String path) {
      Matcher m = pattern.matcher(path);
      if (!m.matches()) {
        return null;
      }
      Map<String, String> params = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        params.put(names.get(i), m.group(i + 1));
      }
      return params;
    }
  }
}
