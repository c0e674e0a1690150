package com.example.consumer;

import com.trengo.client.TrengoClient;
import com.trengo.client.builder.CreateContact;
import com.trengo.client.http.LogLevel;
import com.trengo.client.model.Contact;
import com.trengo.client.model.CreateContactRequest;
import java.net.InetSocketAddress;
import java.net.Proxy;

/** Touches the client, a validating builder and a generated model, so their signatures are compiled against. */
public final class Consumer {
  private Consumer() {}

  public static Contact createAda(TrengoClient trengo) {
    CreateContactRequest request =
        CreateContact.builder().name("Ada Lovelace").identifier("ada@example.com").channelId(101L).build();
    return trengo.contacts().create(request);
  }

  public static TrengoClient.Builder configured() {
    return TrengoClient.builder()
        .fromEnv()
        .logLevel(LogLevel.HEADERS)
        .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("proxy.example", 3128)));
  }
}
