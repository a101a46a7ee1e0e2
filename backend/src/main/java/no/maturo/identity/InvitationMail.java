package no.maturo.identity;

import java.util.Map;
import no.maturo.shared.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.util.HtmlUtils;

/**
 * The invitation mail in the invitee's language. It is sent after the transaction that created the invitation
 * commits, so nobody receives a link that was rolled back. Without a mail server the link is logged instead.
 */
@Component
class InvitationMail {

    private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);

    /** subject, greeting ({0} name), body ({1} organisation), button, expiry, ignore note. */
    private record Texts(String subject, String greeting, String body, String action, String expiry, String ignore) {}

    private static final Map<String, Texts> TEXTS = Map.of(
            "en",
                    new Texts(
                            "You are invited to {1} on Maturo",
                            "Hello {0},",
                            "{1} has invited you to Maturo. Choose a password to activate your account.",
                            "Accept the invitation",
                            "The link can be used once and expires in 7 days.",
                            "If you did not expect this invitation, you can ignore this email."),
            "nb",
                    new Texts(
                            "Du er invitert til {1} i Maturo",
                            "Hei {0},",
                            "{1} har invitert deg til Maturo. Velg et passord for å aktivere kontoen din.",
                            "Godta invitasjonen",
                            "Lenken kan brukes én gang og utløper om 7 dager.",
                            "Hvis du ikke ventet denne invitasjonen, kan du se bort fra e-posten."),
            "da",
                    new Texts(
                            "Du er inviteret til {1} i Maturo",
                            "Hej {0},",
                            "{1} har inviteret dig til Maturo. Vælg en adgangskode for at aktivere din konto.",
                            "Accepter invitationen",
                            "Linket kan bruges én gang og udløber om 7 dage.",
                            "Hvis du ikke ventede denne invitation, kan du se bort fra denne e-mail."),
            "sv",
                    new Texts(
                            "Du är inbjuden till {1} i Maturo",
                            "Hej {0},",
                            "{1} har bjudit in dig till Maturo. Välj ett lösenord för att aktivera ditt konto.",
                            "Acceptera inbjudan",
                            "Länken kan användas en gång och går ut om 7 dagar.",
                            "Om du inte väntade dig den här inbjudan kan du bortse från mejlet."));

    /** Everything one mail needs; {@code token} is the secret part of the link. */
    record Invite(String email, String displayName, String locale, String organisation, String token) {}

    private final Mailer mailer;
    private final String publicUrl;

    InvitationMail(Mailer mailer, @Value("${maturo.public-url}") String publicUrl) {
        this.mailer = mailer;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String link(String token) {
        return publicUrl + "/invitation/" + token;
    }

    /** Sends after the current transaction commits, or now when there is none. */
    void sendAfterCommit(Invite invite) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(invite);
                }
            });
        } else {
            send(invite);
        }
    }

    Mailer.Mail compose(Invite invite) {
        Texts t = TEXTS.getOrDefault(invite.locale() == null ? "en" : invite.locale(), TEXTS.get("en"));
        String link = link(invite.token());
        String subject = fill(t.subject(), invite);
        String greeting = fill(t.greeting(), invite);
        String body = fill(t.body(), invite);
        String text = greeting + "\n\n" + body + "\n\n" + t.action() + ": " + link + "\n\n" + t.expiry() + "\n"
                + t.ignore() + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + esc(invite.locale() == null ? "en" : invite.locale())
                + "\"><body>" + "<p>" + esc(greeting) + "</p><p>" + esc(body) + "</p><p><a href=\"" + esc(link)
                + "\">" + esc(t.action()) + "</a></p><p>" + esc(t.expiry()) + "<br>" + esc(t.ignore())
                + "</p></body></html>";
        return new Mailer.Mail(invite.email(), subject, text, html);
    }

    private void send(Invite invite) {
        if (!mailer.configured()) {
            // No mail server (e.g. the embedded demo): the administrator passes the link on by hand.
            log.info(
                    "No mail server configured (spring.mail.host); invitation link for {}: {}",
                    invite.email(),
                    link(invite.token()));
            return;
        }
        try {
            mailer.send(compose(invite));
        } catch (MailException e) {
            // The person exists and the invitation can be sent again; the change itself stays.
            log.warn("Could not send the invitation mail to {}: {}", invite.email(), e.getMessage());
        }
    }

    private static String fill(String template, Invite invite) {
        return template.replace("{0}", invite.displayName()).replace("{1}", invite.organisation());
    }

    private static String esc(String value) {
        return HtmlUtils.htmlEscape(value);
    }
}
