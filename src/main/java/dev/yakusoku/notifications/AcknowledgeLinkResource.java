package dev.yakusoku.notifications;

import dev.yakusoku.alerts.AlertView;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The acknowledge link of a message, for a person in a browser: opening it shows the alert and asks
 * to confirm (a link previewer that fetches it changes nothing); confirming posts it, which
 * acknowledges as the manager the message went to, once, before it expires. The token is the
 * credential, so no sign-in is asked for.
 */
@Path("/acknowledge/{token}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class AcknowledgeLinkResource {
  private final AcknowledgeLinks links;

  public AcknowledgeLinkResource(AcknowledgeLinks links) {
    this.links = links;
  }

  @GET
  public Response confirm(@PathParam("token") String token) {
    return links
        .pending(token)
        .map(
            p ->
                p.good()
                    ? page(200, "Acknowledge this alert?", describe(p.alert()) + form(p.manager()))
                    : gone(p.used()))
        .orElseGet(AcknowledgeLinkResource::unknown);
  }

  @POST
  public Response acknowledge(@PathParam("token") String token) {
    return links
        .use(token)
        .map(
            o ->
                o.acted()
                    ? page(
                        200,
                        "Acknowledged",
                        "<p id=\"outcome\">Acknowledged as "
                            + escape(o.manager())
                            + ".</p>"
                            + (o.alert() == null ? "" : describe(o.alert())))
                    : gone(true))
        .orElseGet(AcknowledgeLinkResource::unknown);
  }

  private static String form(String manager) {
    return "<form method=\"post\"><button id=\"confirm\" type=\"submit\">Acknowledge as "
        + escape(manager)
        + "</button></form>";
  }

  private static String describe(AlertView a) {
    return "<dl><dt>Alert</dt><dd>"
        + escape(a.type())
        + " ("
        + escape(a.severity())
        + ")</dd><dt>Summary</dt><dd id=\"summary\">"
        + escape(a.summary())
        + "</dd><dt>Matter</dt><dd>"
        + escape(a.matterId())
        + "</dd><dt>State</dt><dd id=\"state\">"
        + escape(a.state())
        + "</dd></dl>";
  }

  private static Response gone(boolean used) {
    return page(
        410,
        "This link no longer acts",
        "<p id=\"outcome\">This acknowledge link was "
            + (used ? "used or has expired" : "not used and has expired")
            + "; open the alert on the page instead.</p>");
  }

  private static Response unknown() {
    return page(404, "No such link", "<p id=\"outcome\">This acknowledge link is not known.</p>");
  }

  private static Response page(int status, String title, String body) {
    String html =
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>"
            + escape(title)
            + " · Yakusoku</title></head><body><h1>"
            + escape(title)
            + "</h1>"
            + body
            + "</body></html>";
    return Response.status(status).type("text/html; charset=utf-8").entity(html).build();
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
