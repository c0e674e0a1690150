package com.trengo.client;

import com.trengo.client.api.SmsApi;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.SendSmsRequest;
import com.trengo.client.model.SmsMessage;
import com.trengo.client.model.SmsMessageList;
import com.trengo.client.model.WalletBalance;
import java.util.concurrent.CompletableFuture;

/**
 * SMS messages: list those sent, send one ({@link com.trengo.client.builder.SendSms}), and read the
 * wallet balance they are paid from. Get one from {@link TrengoClient#sms()}.
 */
public final class SmsService extends ListService<SmsMessage, SmsMessageList> {
  private final SmsApi api;

  SmsService(CallExecutor executor, SmsApi api) {
    super(
        executor,
        Listing.of(api::listSmsMessages, SmsMessageList::getData, SmsMessageList::getMeta, SmsMessageList::getLinks,
            SmsMessage::getId));
    this.api = api;
  }

  /**
   * Sends an SMS message; it costs wallet balance. Never resent once it may have reached the server: a
   * second send is a second, paid, message. The answer is not published, so nothing is returned.
   */
  public void send(SendSmsRequest request) {
    executor.execute(api.sendSmsMessage(request));
  }

  /** Async form of {@link #send(SendSmsRequest)}. */
  public CompletableFuture<Void> sendAsync(SendSmsRequest request) {
    return executor.executeAsync(api.sendSmsMessage(request));
  }

  /** The wallet's balance, as Trengo writes it: text, formatted and unformatted (not parsed here). */
  public WalletBalance balance() {
    return executor.execute(api.getWalletBalance());
  }

  /** Async form of {@link #balance()}. */
  public CompletableFuture<WalletBalance> balanceAsync() {
    return executor.executeAsync(api.getWalletBalance());
  }
}
