package com.trengo.cli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactFileReaderTest {

  @TempDir Path dir;

  @Test
  void csvRowsCarryTheLineTheyStartOnCountingBlankLinesAndLineBreaksInsideQuotes() throws Exception {
    Path file = Files.writeString(dir.resolve("c.csv"),
        "\uFEFFIdentifier,Name,Extra\r\n"
            + "a@x.io,A,1\r\n"
            + "\r\n"
            + "b@x.io,\"B\r\nB\",2\r\n"
            + "c@x.io, ,3\r\n");

    ContactFileReader.Result result = ContactFileReader.read(file, Format.CSV);

    assertEquals(3, result.rows().size());
    assertEquals(2, result.rows().get(0).line());
    assertEquals(4, result.rows().get(1).line());
    assertEquals("B\r\nB", result.rows().get(1).name());
    assertEquals(6, result.rows().get(2).line());
    assertNull(result.rows().get(2).name(), "a blank cell is not carried");
  }

  @Test
  void theColumnOfAnUnterminatedQuoteIsTheQuoteThatOpenedIt() {
    assertEquals(3, ContactFileReader.openingQuoteColumn("a,\"b"));
    assertEquals(0, ContactFileReader.openingQuoteColumn("a,\"b\"\"c\",d"));
    assertEquals(7, ContactFileReader.openingQuoteColumn("\"x\",y,\"z\"\"q"));
  }

  @Test
  void anEmptyFileIsAnInputFileErrorOnLineOne() throws Exception {
    Path file = Files.writeString(dir.resolve("empty.csv"), "");

    InputFileException e = assertThrows(InputFileException.class, () -> ContactFileReader.read(file, Format.CSV));

    assertEquals(1, e.line());
  }

  @Test
  void jsonFieldsAreMatchedWithoutRegardToCaseAndNumbersAreRead() throws Exception {
    Path file = Files.writeString(dir.resolve("c.jsonl"),
        "{\"Identifier\": \"+31600000001\", \"NAME\": \"Num\", \"channel_id\": 101, \"phone\": 31600000001}\n");

    ContactFileReader.Result result = ContactFileReader.read(file, Format.JSONL);

    assertEquals(1, result.rows().size(), result.rejects()::toString);
    assertEquals(101L, result.rows().get(0).channelId());
    assertEquals("31600000001", result.rows().get(0).phone());
  }
}
