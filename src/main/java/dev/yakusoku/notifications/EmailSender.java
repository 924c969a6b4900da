package dev.yakusoku.notifications;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.TimeoutException;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * {@code email}: a mail to the receiver's {@code to} addresses over SMTP (Quarkus Mailer, {@code
 * quarkus.mailer.*}), in plain text and HTML, UTF-8 throughout so Japanese names and summaries
 * arrive as written. A mail the SMTP server refuses, or one it does not take within {@code
 * yakusoku.notifications.timeout}, is a failed delivery, tried again. {@code X-Yakusoku-Delivery}
 * names the notification, the same on every attempt, as for webhooks. A receiver with {@code
 * digest} is mailed its teams' daily digests too ({@link DigestEmail}).
 *
 * <p>It waits for the server's answer on the caller's thread: the relay delivers on a scheduler
 * worker thread, never on the event loop, which this refuses to block.
 */
@ApplicationScoped
class EmailSender implements Sender {
  static final String ALERT = "X-Yakusoku-Alert";
  static final String EVENT = "X-Yakusoku-Event";

  /** On a daily digest: {@code <team>/<day>}. */
  static final String DIGEST = "X-Yakusoku-Digest";

  /** What the notification log keeps of where a notification went. */
  private static final int MOST_RECIPIENT = 2000;

  private final ReactiveMailer mailer;
  private final StoryExcerpts stories;
  private final MessageLinks links;
  private final AlertLinks alertLinks;
  private final NotificationsConfig config;

  EmailSender(
      ReactiveMailer mailer,
      StoryExcerpts stories,
      MessageLinks links,
      AlertLinks alertLinks,
      NotificationsConfig config) {
    this.mailer = mailer;
    this.stories = stories;
    this.links = links;
    this.alertLinks = alertLinks;
    this.config = config;
  }

  @Override
  public String kind() {
    return ReceiverBody.EMAIL;
  }

  @Override
  public String send(Delivery d) throws DeliveryFailedException {
    AlertEmail message = AlertEmail.of(d.event(), d.alert(), stories.of(d.alert()), links.of(d));
    return deliver(
        d,
        mail(message.subject(), message.text(), message.html()).addHeader(ALERT, d.alert().id()));
  }

  @Override
  public boolean sendsDigests() {
    return true;
  }

  @Override
  public String sendDigest(Delivery d) throws DeliveryFailedException {
    DigestEmail message = DigestEmail.of(d.digest(), alertLinks);
    return deliver(
        d,
        mail(message.subject(), message.text(), message.html())
            .addHeader(DIGEST, d.digest().team() + "/" + d.digest().day()));
  }

  private static Mail mail(String subject, String text, String html) {
    return new Mail().setSubject(subject).setText(text).setHtml(html);
  }

  /** Sends {@code mail} to the receiver's addresses, with the headers every mail of ours has. */
  private String deliver(Delivery d, Mail mail) throws DeliveryFailedException {
    List<String> to = d.receiver().to();
    if (to == null || to.isEmpty()) {
      throw new DeliveryFailedException("the receiver " + d.receiver().id() + " has no address");
    }
    if (Context.isOnEventLoopThread()) {
      throw new IllegalStateException("an email is sent from a worker thread, not the event loop");
    }
    mail.setTo(List.copyOf(to))
        .addHeader(WebhookSender.DELIVERY, String.valueOf(d.id()))
        .addHeader(EVENT, d.event())
        // RFC 3834: no out-of-office answers back to a service
        .addHeader("Auto-Submitted", "auto-generated");
    try {
      mailer.send(mail).await().atMost(config.timeout());
    } catch (TimeoutException e) {
      throw new DeliveryFailedException(
          "the SMTP server did not take the mail within " + config.timeout(), e);
    } catch (RuntimeException e) {
      Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
      throw new DeliveryFailedException("the SMTP server did not take the mail: " + cause, cause);
    }
    return recipients(to);
  }

  /** The addresses for the notification log, cut short where they would not fit its column. */
  static String recipients(List<String> to) {
    String all = String.join(", ", to);
    if (all.length() <= MOST_RECIPIENT) {
      return all;
    }
    StringBuilder shown = new StringBuilder();
    int i = 0;
    while (i < to.size() && shown.length() + to.get(i).length() + 2 + 40 <= MOST_RECIPIENT) {
      shown.append(i == 0 ? "" : ", ").append(to.get(i));
      i++;
    }
    return shown + (i == 0 ? "" : ", ") + "and " + (to.size() - i) + " more";
  }
}
