package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.trengo.client.TrengoClient;
import com.trengo.client.model.Channel;
import com.trengo.client.model.ListVoiceChannels200Response;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Channels through TrengoClient against the sandbox: the voice channels. */
class ChannelsContractTest {

  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();
  @RegisterExtension final ContractClient client = new ContractClient(sandbox);

  @Test
  @Covers("listVoiceChannels")
  void listsOnlyTheVoiceChannels(TrengoClient trengo) {
    ListVoiceChannels200Response voice = trengo.channels().listVoice();

    assertEquals(
        List.of("Phone support NL", "Phone sales BE"), voice.getData().stream().map(Channel::getName).toList());
    assertEquals(List.of("VOIP", "VOIP"), voice.getData().stream().map(Channel::getType).toList());
    assertEquals(2, voice.getMeta().getTotal());
  }

  @Test
  @Covers("listVoiceChannels")
  void walksTheVoiceChannelsInOnePage(TrengoClient trengo) {
    List<Long> ids = trengo.channels().listAllVoice().stream().map(Channel::getId).toList();

    assertEquals(List.of(104L, 105L), ids);
    assertEquals(1, sandbox.sandbox().receivedRequests().size());
  }
}
