package dev.yakusoku.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The mails the {@link SmtpServer} received, and their parts as a mail client reads them. */
public final class Mails {
  private Mails() {}

  /** The mails received once there are {@code count}, oldest first. */
  public static List<MimeMessage> awaitMails(int count) {
    assertThat(SmtpServer.running().waitForIncomingEmail(20_000, count))
        .as("%d mails received", count)
        .isTrue();
    return Arrays.asList(SmtpServer.running().getReceivedMessages());
  }

  /** The message's text parts by their type ({@code text/plain}, {@code text/html}). */
  public static Map<String, Part> textParts(Part part) throws Exception {
    Map<String, Part> found = new LinkedHashMap<>();
    collect(part, found);
    return found;
  }

  private static void collect(Part part, Map<String, Part> found) throws Exception {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart p = multipart.getBodyPart(i);
        collect(p, found);
      }
    } else if (part.isMimeType("text/plain")) {
      assertThat(found.put("text/plain", part)).as("one text/plain part").isNull();
    } else if (part.isMimeType("text/html")) {
      assertThat(found.put("text/html", part)).as("one text/html part").isNull();
    } else {
      throw new AssertionError("an unexpected part: " + part.getContentType());
    }
  }
}
