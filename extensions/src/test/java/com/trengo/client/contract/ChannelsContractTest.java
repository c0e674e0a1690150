package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.trengo.client.TrengoClient;
import com.trengo.client.model.Channel;
import com.trengo.client.model.ChannelList;
import com.trengo.client.model.ListVoiceChannels200Response;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Channels through TrengoClient against the sandbox: every channel, found by type and name; the voice channels. */
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
  @Covers("listChannels")
  void listsEveryChannelWithItsTitleInTheShortForm(TrengoClient trengo) {
    ChannelList page = trengo.channels().list(1);
    List<Channel> all = trengo.channels().listAll().stream().toList();

    assertEquals(List.of(101L, 102L, 103L, 104L, 105L, 106L), all.stream().map(Channel::getId).toList());
    assertEquals("Support mailbox", all.get(0).getTitle());
    assertNull(page.getMeta().getLastPage(), "the short form: follow links.next");
    assertNull(page.getLinks().getNext());
  }

  @Test
  @Covers("listChannels")
  void findsChannelsByTypeAndOneByItsTitleIgnoringCase(TrengoClient trengo) {
    assertEquals(List.of(104L, 105L), trengo.channels().findByType("voip").stream().map(Channel::getId).toList());
    assertEquals(List.of(), trengo.channels().findByType("TELEGRAM"));
    assertEquals(102L, trengo.channels().findByName("whatsapp business").orElseThrow().getId());
    assertEquals(Optional.empty(), trengo.channels().findByName("Fax"));
  }

  @Test
  @Covers("listVoiceChannels")
  void walksTheVoiceChannelsInOnePage(TrengoClient trengo) {
    List<Long> ids = trengo.channels().listAllVoice().stream().map(Channel::getId).toList();

    assertEquals(List.of(104L, 105L), ids);
    assertEquals(1, sandbox.sandbox().receivedRequests().size());
  }
}
