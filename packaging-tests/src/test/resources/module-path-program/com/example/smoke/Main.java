package com.example.smoke;

import com.trengo.client.TrengoClient;
import com.trengo.client.model.Contact;
import com.trengo.client.model.ContactList;

/** Lists the first page of contacts from TRENGO_BASE_URL with TRENGO_TOKEN, and says where it ran. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    try (TrengoClient trengo = TrengoClient.fromEnv()) {
      ContactList page = trengo.contacts().list(1, null);
      Contact first = page.getData().get(0);
      System.out.println("client module: " + TrengoClient.class.getModule().getName());
      System.out.println("models module: " + Contact.class.getModule().getName());
      System.out.println("program module: " + Main.class.getModule().getName());
      System.out.println("contacts on page 1: " + page.getData().size() + ", first: " + first.getName());
    }
  }
}
