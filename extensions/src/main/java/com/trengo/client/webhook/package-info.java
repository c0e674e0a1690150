/**
 * Receiving Trengo webhooks: verify the {@code Trengo-Signature}, read the body as a typed event,
 * dispatch it. Framework-neutral: everything takes the raw body bytes and the headers, so it works
 * under the JDK's HTTP server, a servlet container, Spring or anything else.
 *
 * <ul>
 *   <li>{@link com.trengo.client.webhook.WebhookReceiver}: all three steps, configured once with your
 *       webhooks' types and signing secrets and your handlers.
 *   <li>{@link com.trengo.client.webhook.WebhookVerifier}: the signature check alone (HMAC-SHA256,
 *       constant-time compare, several secrets for rotation, an optional timestamp tolerance).
 *   <li>{@link com.trengo.client.webhook.WebhookEvent#parse(String, byte[], String)}: the body alone,
 *       as one class per {@link com.trengo.client.webhook.WebhookEventType}, every field kept in
 *       {@link com.trengo.client.webhook.WebhookPayload}.
 * </ul>
 *
 * <p>Failures are unchecked and typed: {@link com.trengo.client.webhook.WebhookSignatureException}
 * (answer 401) and {@link com.trengo.client.webhook.WebhookPayloadException} (answer 400), both
 * {@link com.trengo.client.error.TrengoException}s. Getters of fields a payload may lack return
 * {@code Optional}, {@code OptionalLong} or {@link com.trengo.client.webhook.OpenEnum}; nothing in
 * this package returns null.
 */
package com.trengo.client.webhook;
