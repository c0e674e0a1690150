package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.TicketQuery;
import com.trengo.client.TrengoClient;
import com.trengo.client.builder.SendWhatsAppTemplate;
import com.trengo.client.error.UnprocessableEntityException;
import com.trengo.client.model.Message;
import com.trengo.client.model.Ticket;
import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** WhatsApp templates through TrengoClient against the sandbox: POST /wa_sessions, to a number or a ticket. */
class WhatsAppContractTest {

  private static final long WHATSAPP_CHANNEL = 102;
  private static final long EMAIL_CHANNEL = 101;
  /** The seeded template "Hi {{1}}, your order {{2}} has shipped." */
  private static final long ORDER_SHIPPED = 701;

  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();
  @RegisterExtension final ContractClient client = new ContractClient(sandbox);

  @Test
  @Covers({"sendWhatsAppTemplate", "listMessages"})
  void sendsATemplateToANumberFilledWithItsParamsIntoTheRecipientsTicket(TrengoClient trengo, TrengoSandbox sandbox) {
    Message sent = trengo.whatsApp().sendTemplate(SendWhatsAppTemplate.toPhoneNumber("+31687654321")
        .hsmId(ORDER_SHIPPED).param("body", "{{1}}", "Ada").param("body", "{{2}}", "#1234").build());

    List<Message> thread = trengo.messages().listAll(sent.getTicketId()).stream().toList();

    assertEquals("Hi Ada, your order #1234 has shipped.", sent.getMessage());
    assertEquals(Message.TypeEnum.OUTBOUND, sent.getType());
    assertTrue(sent.getId() > Integer.MAX_VALUE, "id " + sent.getId());
    assertEquals(WHATSAPP_CHANNEL, sent.getTicket().getChannelId(), "sent on the account's WhatsApp channel");
    assertEquals(List.of(sent.getId()), thread.stream().map(Message::getId).toList());
    assertEquals(
        "{\"recipient_phone_number\":\"+31687654321\",\"hsm_id\":701,\"params\":[{\"type\":\"body\",\"key\":\"{{1}}\","
            + "\"value\":\"Ada\"},{\"type\":\"body\",\"key\":\"{{2}}\",\"value\":\"#1234\"}]}",
        sandbox.receivedRequests().stream().filter(r -> r.is("POST", "/wa_sessions")).findFirst().orElseThrow().body());
  }

  @Test
  @Covers({"sendWhatsAppTemplate", "listTickets"})
  void sendsATemplateIntoAnExistingTicket(TrengoClient trengo) {
    Ticket onWhatsApp = trengo.tickets().list(TicketQuery.builder().channel(WHATSAPP_CHANNEL).build()).getData().get(0);

    Message sent = trengo.whatsApp().sendTemplate(
        SendWhatsAppTemplate.toTicket(onWhatsApp.getId()).hsmId(ORDER_SHIPPED).build());

    assertEquals(onWhatsApp.getId(), sent.getTicketId());
  }

  @Test
  @Covers("sendWhatsAppTemplate")
  void aSecondTemplateToTheSameNumberGoesIntoTheSameOpenTicket(TrengoClient trengo) {
    Message first = trengo.whatsApp().sendTemplate(orderShipped("+31687654321"));
    Message second = trengo.whatsApp().sendTemplateAsync(orderShipped("+31687654321")).join();

    assertEquals(first.getTicketId(), second.getTicketId());
  }

  @Test
  @Covers({"sendWhatsAppTemplate", "listTickets"})
  void aTicketThatIsNotOnWhatsAppAndAnUnknownTemplateAre422NamingTheFields(TrengoClient trengo) {
    Ticket onEmail = trengo.tickets().list(TicketQuery.builder().channel(EMAIL_CHANNEL).build()).getData().get(0);

    UnprocessableEntityException rejected =
        assertThrows(
            UnprocessableEntityException.class,
            () -> trengo.whatsApp().sendTemplate(SendWhatsAppTemplate.toTicket(onEmail.getId()).hsmId(799L).build()));

    assertEquals(Set.of("ticket_id", "hsm_id"), rejected.errors().keySet());
    assertEquals(List.of("The selected ticket id is invalid."), rejected.errors().get("ticket_id"));
  }

  private static com.trengo.client.model.SendWhatsAppTemplateRequest orderShipped(String phone) {
    return SendWhatsAppTemplate.toPhoneNumber(phone).hsmId(ORDER_SHIPPED).build();
  }
}
