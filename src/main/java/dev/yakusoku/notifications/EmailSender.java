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
 * names the notification, the same on every attempt, as for webhooks.
 *
 * <p>It waits for the server's answer on the caller's thread: the relay delivers on a scheduler
 * worker thread, never on the event loop, which this refuses to block.
 */
@ApplicationScoped
class EmailSender implements Sender {
  static final String ALERT = "X-Yakusoku-Alert";
  static final String EVENT = "X-Yakusoku-Event";

  /** What the notification log keeps of where a notification went. */
  private static final int MOST_RECIPIENT = 2000;

  private final ReactiveMailer mailer;
  private final StoryExcerpts stories;
  private final MessageLinks links;
  private final NotificationsConfig config;

  EmailSender(
      ReactiveMailer mailer,
      StoryExcerpts stories,
      MessageLinks links,
      NotificationsConfig config) {
    this.mailer = mailer;
    this.stories = stories;
    this.links = links;
    this.config = config;
  }

  @Override
  public String kind() {
    return ReceiverBody.EMAIL;
  }

  @Override
  public String send(Delivery d) throws DeliveryFailedException {
    List<String> to = d.receiver().to();
    if (to == null || to.isEmpty()) {
      throw new DeliveryFailedException("the receiver " + d.receiver().id() + " has no address");
    }
    if (Context.isOnEventLoopThread()) {
      throw new IllegalStateException("an email is sent from a worker thread, not the event loop");
    }
    AlertEmail message = AlertEmail.of(d.event(), d.alert(), stories.of(d.alert()), links.of(d));
    Mail mail =
        new Mail()
            .setTo(List.copyOf(to))
            .setSubject(message.subject())
            .setText(message.text())
            .setHtml(message.html())
            .addHeader(WebhookSender.DELIVERY, String.valueOf(d.id()))
            .addHeader(ALERT, d.alert().id())
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
