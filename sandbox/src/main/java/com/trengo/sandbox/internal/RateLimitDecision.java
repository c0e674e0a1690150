package com.trengo.sandbox.internal;

/**
 * The rate limiter's answer for one request, and the headers that tell the client.
 *
 * @param allowed whether the request may proceed (otherwise 429)
 * @param limit requests allowed per window ({@code X-RateLimit-Limit})
 * @param remaining requests left in the window after this one ({@code X-RateLimit-Remaining})
 * @param retryAfterSeconds for a refused request, whole seconds until one is allowed ({@code Retry-After})
 * @param resetEpochSecond for a refused request, the Unix time at which one is allowed ({@code
 *     X-RateLimit-Reset})
 */
public record RateLimitDecision(
    boolean allowed, int limit, int remaining, long retryAfterSeconds, long resetEpochSecond) {}
