package com.trengo.sandbox.internal.api;

import com.google.gson.JsonObject;
import com.trengo.sandbox.internal.store.Channel;
import com.trengo.sandbox.internal.store.SandboxStore;
import java.util.Locale;

/**
 * listSmsMessages, sendSmsMessage, getWalletBalance. A sent SMS costs {@link #COST_CENTS} from the wallet
 * (the sandbox's price: Trengo's is not published); a send the wallet cannot pay is a 422 and sends
 * nothing. The balance is answered as Trengo's two strings: formatted for display, and unformatted.
 */
final class SmsHandler {

  /** What one SMS costs in the sandbox, in cents. */
  static final long COST_CENTS = 7;

  private final SandboxStore store;

  private SmsHandler(SandboxStore store) {
    this.store = store;
  }

  /** Adds the SMS routes to {@code router}. */
  static Router addTo(Router router, SandboxStore store, Views views) {
    SmsHandler sms = new SmsHandler(store);
    RecordRoutes.of(store.smsMessageRecords(), "SmsMessage", "sms_message_id")
        .view(views::smsMessage)
        .readOnly()
        .withoutGet()
        .build()
        .addTo(router, "/sms_messages");
    return router.add("POST", "/sms_messages", sms::send).add("GET", "/wallet/balance", sms::balance);
  }

  /**
   * POST /sms_messages: {@code channel_id} (an SMS channel), {@code to}, {@code message}; 201 without a
   * body, as the answer is not published.
   */
  ApiResponse send(ApiRequest request) {
    BodyReader body = new BodyReader(request.jsonBody());
    Long channelId = body.requiredId("channel_id");
    String to = body.requiredString("to");
    String message = body.requiredString("message");
    body.requireExists("channel_id", channelId, id -> store.channel(id).filter(SmsHandler::isSms));
    body.validate();
    if (store.sendSms(channelId, to, message, COST_CENTS, request.now()).isEmpty()) {
      throw UnprocessableException.of("to", "The wallet balance is too low to send this message.");
    }
    return ApiResponse.createdEmpty();
  }

  /** GET /wallet/balance: {@code {"balance": "€ 24,93", "balance_unformatted": "24.93"}}. */
  ApiResponse balance(ApiRequest request) {
    long cents = store.walletCents();
    JsonObject json = new JsonObject();
    json.addProperty("balance", String.format(Locale.ROOT, "€ %d,%02d", cents / 100, cents % 100));
    json.addProperty("balance_unformatted", String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100));
    return ApiResponse.ok(json);
  }

  private static boolean isSms(Channel channel) {
    return "SMS".equals(channel.type());
  }
}
