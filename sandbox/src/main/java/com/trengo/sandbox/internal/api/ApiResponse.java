package com.trengo.sandbox.internal.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** A handler's answer: a status and a JSON body, or no body at all (204, and 200s the contract leaves empty). */
public record ApiResponse(int status, JsonElement body) {

  /** 200 with a body. */
  public static ApiResponse ok(JsonElement body) {
    return new ApiResponse(200, body);
  }

  /** 201 with the created resource. */
  public static ApiResponse created(JsonElement body) {
    return new ApiResponse(201, body);
  }

  /** 201 without a body, for a create whose answer the contract does not describe. */
  public static ApiResponse createdEmpty() {
    return new ApiResponse(201, null);
  }

  /** 200 without a body. */
  public static ApiResponse okEmpty() {
    return new ApiResponse(200, null);
  }

  /** 204, the answer to a delete. */
  public static ApiResponse noContent() {
    return new ApiResponse(204, null);
  }

  /** An error with Laravel's {@code {"message": ...}} body. */
  public static ApiResponse message(int status, String message) {
    JsonObject body = new JsonObject();
    body.addProperty("message", message);
    return new ApiResponse(status, body);
  }

  /** Whether there is a body to send. */
  public boolean hasBody() {
    return body != null;
  }
}
