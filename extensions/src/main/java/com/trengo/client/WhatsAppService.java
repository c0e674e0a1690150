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

  /** Sends an approved template to a WhatsApp number. Never resent once it may have reached the server. */
  public Message sendTemplate(SendWhatsAppTemplateRequest request) {
    return executor.execute(api.sendWhatsAppTemplate(request));
  }

  /** Async form of {@link #sendTemplate(SendWhatsAppTemplateRequest)}. */
  public CompletableFuture<Message> sendTemplateAsync(SendWhatsAppTemplateRequest request) {
    return executor.executeAsync(api.sendWhatsAppTemplate(request));
  }
}
