package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.trengo.client.TrengoClient;
import com.trengo.client.builder.SendSms;
import com.trengo.client.error.TrengoOutcomeUnknownException;
import com.trengo.client.error.UnprocessableEntityException;
import com.trengo.client.model.SmsMessage;
import com.trengo.client.model.WalletBalance;
import com.trengo.sandbox.FaultType;
import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SMS through TrengoClient against the sandbox: send from the SMS channel, list what was sent, the wallet. */
class SmsContractTest {

  private static final long SMS_CHANNEL = 106;

  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();
  @RegisterExtension final ContractClient client = new ContractClient(sandbox);

  @Test
  @Covers({"getWalletBalance", "sendSmsMessage", "listSmsMessages"})
  void aSentSmsIsListedAndPaidFromTheWallet(TrengoClient trengo) {
    WalletBalance before = trengo.sms().balance();

    trengo.sms().send(SendSms.builder().channelId(SMS_CHANNEL).to("+31612345678").message("Your code is 4821").build());

    assertEquals("25.00", before.getBalanceUnformatted());
    assertEquals("€ 25,00", before.getBalance());
    assertEquals("24.93", trengo.sms().balanceAsync().join().getBalanceUnformatted());
    List<SmsMessage> sent = trengo.sms().listAll().stream().toList();
    assertEquals(1, sent.size());
    assertEquals(1, trengo.sms().list(1).getMeta().getTotal());
  }

  @Test
  @Covers({"sendSmsMessage", "listSmsMessages"})
  void anSmsFromAChannelThatIsNotSmsIs422AndNothingIsSent(TrengoClient trengo) {
    UnprocessableEntityException rejected = assertThrows(UnprocessableEntityException.class,
        () -> trengo.sms().send(SendSms.builder().channelId(101L).to("+31612345678").message("Hi").build()));

    assertEquals(List.of("The selected channel id is invalid."), rejected.errors().get("channel_id"));
    assertEquals(0, trengo.sms().list(1).getData().size());
  }

  @Test
  @Covers("sendSmsMessage")
  void aPaidSendIsNeverResentAfterTheConnectionDrops(TrengoClient trengo, TrengoSandbox sandbox) {
    sandbox.faults().next("POST", "/sms_messages", FaultType.RESET_AFTER_APPLY);

    CompletionException unknown = assertThrows(CompletionException.class, () -> trengo.sms()
        .sendAsync(SendSms.builder().channelId(SMS_CHANNEL).to("+31612345678").message("Once").build()).join());

    assertInstanceOf(TrengoOutcomeUnknownException.class, unknown.getCause());
    assertEquals(1, sandbox.receivedRequests().stream().filter(r -> r.is("POST", "/sms_messages")).count());
  }
}
