package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.TrengoClient;
import com.trengo.client.error.UnprocessableEntityException;
import com.trengo.client.model.Message;
import com.trengo.client.model.SendWhatsAppTemplateRequest;
import com.trengo.client.model.SendWhatsAppTemplateRequestParamsInner;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** WhatsApp templates through TrengoClient against the sandbox. */
class WhatsAppContractTest {

  private static final long WHATSAPP_CHANNEL = 102;
  private static final long EMAIL_CHANNEL = 101;
  /** The seeded template "Hi {{1}}, your order {{2}} has shipped." */
  private static final long ORDER_SHIPPED = 701;

  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();
  @RegisterExtension final ContractClient client = new ContractClient(sandbox);

  @Test
  @Covers({"sendWhatsAppTemplate", "listMessages"})
  void sendsATemplateFilledWithItsParamsIntoTheRecipientsTicket(TrengoClient trengo) {
    Message sent =
        trengo.whatsApp().sendTemplate(orderShipped("+31687654321").params(List.of(param("Ada"), param("#1234"))));

    List<Message> thread = trengo.messages().listAll(sent.getTicketId()).stream().toList();

    assertEquals("Hi Ada, your order #1234 has shipped.", sent.getBody());
    assertEquals(Message.TypeEnum.OUTBOUND, sent.getType());
    assertTrue(sent.getId() > Integer.MAX_VALUE, "id " + sent.getId());
    assertEquals(List.of(sent.getId()), thread.stream().map(Message::getId).toList());
  }

  @Test
  @Covers("sendWhatsAppTemplate")
  void aSecondTemplateToTheSameNumberGoesIntoTheSameOpenTicket(TrengoClient trengo) {
    Message first = trengo.whatsApp().sendTemplate(orderShipped("+31687654321"));
    Message second = trengo.whatsApp().sendTemplate(orderShipped("+31687654321"));

    assertEquals(first.getTicketId(), second.getTicketId());
  }

  @Test
  @Covers("sendWhatsAppTemplate")
  void aChannelThatIsNotWhatsAppAndABadNumberAre422NamingTheFields(TrengoClient trengo) {
    UnprocessableEntityException rejected =
        assertThrows(
            UnprocessableEntityException.class,
            () -> trengo.whatsApp().sendTemplate(orderShipped("0612345678").channelId(EMAIL_CHANNEL)));

    assertEquals(Set.of("recipient_phone_number", "channel_id"), rejected.errors().keySet());
    assertEquals(List.of("The selected channel id is invalid."), rejected.errors().get("channel_id"));
  }

  private static SendWhatsAppTemplateRequest orderShipped(String phone) {
    return new SendWhatsAppTemplateRequest()
        .recipientPhoneNumber(phone).hsmId(ORDER_SHIPPED).channelId(WHATSAPP_CHANNEL);
  }

  private static SendWhatsAppTemplateRequestParamsInner param(String value) {
    return new SendWhatsAppTemplateRequestParamsInner().type("text").value(value);
  }
}
