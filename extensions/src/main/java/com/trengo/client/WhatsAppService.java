package com.trengo.client;

import com.trengo.client.api.WhatsAppApi;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.Message;
import com.trengo.client.model.SendWhatsAppTemplateRequest;
import java.util.concurrent.CompletableFuture;

/** WhatsApp Business templates. Get one from {@link TrengoClient#whatsApp()}. */
public final class WhatsAppService {
  private final CallExecutor executor;
  private final WhatsAppApi api;

  WhatsAppService(CallExecutor executor, WhatsAppApi api) {
    this.executor = executor;
    this.api = api;
  }

  /**
   * Sends an approved template to a WhatsApp number or into a ticket, starting a WhatsApp session
   * ({@link com.trengo.client.builder.SendWhatsAppTemplate} builds the request). Never resent once it
   * may have reached the server: a second send would be a second message to the customer.
   */
  public Message sendTemplate(SendWhatsAppTemplateRequest request) {
    return executor.execute(api.sendWhatsAppTemplate(request));
  }

  /** Async form of {@link #sendTemplate(SendWhatsAppTemplateRequest)}. */
  public CompletableFuture<Message> sendTemplateAsync(SendWhatsAppTemplateRequest request) {
    return executor.executeAsync(api.sendWhatsAppTemplate(request));
  }
}
