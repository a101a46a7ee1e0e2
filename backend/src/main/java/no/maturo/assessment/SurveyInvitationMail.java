package no.maturo.assessment;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import no.maturo.shared.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The mail that asks a participant to answer a survey (the invitation and each reminder), in their language, with a
 * single-use answer link. Without a mail server the link is logged instead.
 */
@Component
class SurveyInvitationMail {

    private static final Logger log = LoggerFactory.getLogger(SurveyInvitationMail.class);

    enum Purpose {
        INVITATION,
        REMINDER
    }

    /** {0} name, {1} survey name, {2} close date. */
    private record Texts(
            String invitationSubject,
            String reminderSubject,
            String greeting,
            String invitationBody,
            String reminderBody,
            String action,
            String closes,
            String anonymity) {}

    private static final Map<String, Texts> TEXTS = Map.of(
            "en",
                    new Texts(
                            "Your voice counts: {1}",
                            "Reminder: {1}",
                            "Hello {0},",
                            "You are invited to answer the survey \"{1}\". It takes a few minutes.",
                            "You have not answered the survey \"{1}\" yet. There is still time.",
                            "Answer the survey",
                            "The survey closes {2}. The link is yours alone and works once.",
                            "Your answers are anonymous: nobody can see what you answered."),
            "nb",
                    new Texts(
                            "Din stemme teller: {1}",
                            "Påminnelse: {1}",
                            "Hei {0},",
                            "Du er invitert til å svare på undersøkelsen «{1}». Det tar noen minutter.",
                            "Du har ikke svart på undersøkelsen «{1}» ennå. Det er fortsatt tid.",
                            "Svar på undersøkelsen",
                            "Undersøkelsen stenger {2}. Lenken er bare din og virker én gang.",
                            "Svarene dine er anonyme: ingen kan se hva du svarte."),
            "da",
                    new Texts(
                            "Din stemme tæller: {1}",
                            "Påmindelse: {1}",
                            "Hej {0},",
                            "Du er inviteret til at besvare undersøgelsen »{1}«. Det tager et par minutter.",
                            "Du har ikke besvaret undersøgelsen »{1}« endnu. Der er stadig tid.",
                            "Besvar undersøgelsen",
                            "Undersøgelsen lukker {2}. Linket er kun dit og virker én gang.",
                            "Dine svar er anonyme: ingen kan se, hvad du svarede."),
            "sv",
                    new Texts(
                            "Din röst räknas: {1}",
                            "Påminnelse: {1}",
                            "Hej {0},",
                            "Du är inbjuden att svara på undersökningen ”{1}”. Det tar några minuter.",
                            "Du har inte svarat på undersökningen ”{1}” ännu. Det finns fortfarande tid.",
                            "Svara på undersökningen",
                            "Undersökningen stänger {2}. Länken är bara din och fungerar en gång.",
                            "Dina svar är anonyma: ingen kan se vad du svarade."));

    /** Everything one mail needs; {@code token} is the secret part of the link. */
    record Message(
            Purpose purpose,
            String email,
            String displayName,
            String locale,
            String surveyName,
            OffsetDateTime closesAt,
            String token) {}

    private final Mailer mailer;
    private final String publicUrl;
    private final ZoneId zone;

    SurveyInvitationMail(
            Mailer mailer,
            @Value("${maturo.public-url}") String publicUrl,
            @Value("${maturo.mail.time-zone:Europe/Oslo}") String zone) {
        this.mailer = mailer;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.zone = ZoneId.of(zone);
    }

    String link(String token) {
        return publicUrl + "/answer/" + token;
    }

    /** Sends now; a refusal by the mail server propagates, so the caller's transaction (and task) fails. */
    void send(Message message) {
        if (!mailer.configured()) {
            log.info(
                    "No mail server configured (spring.mail.host); survey link for {}: {}",
                    message.email(),
                    link(message.token()));
            return;
        }
        mailer.send(compose(message));
    }

    Mailer.Mail compose(Message message) {
        String locale = TEXTS.containsKey(message.locale()) ? message.locale() : "en";
        Texts t = TEXTS.get(locale);
        String closes = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(locale))
                .format(message.closesAt().atZoneSameInstant(zone));
        boolean reminder = message.purpose() == Purpose.REMINDER;
        String subject = fill(reminder ? t.reminderSubject() : t.invitationSubject(), message, closes);
        String greeting = fill(t.greeting(), message, closes);
        String body = fill(reminder ? t.reminderBody() : t.invitationBody(), message, closes);
        String closing = fill(t.closes(), message, closes);
        String link = link(message.token());
        String text = greeting + "\n\n" + body + "\n\n" + t.action() + ": " + link + "\n\n" + closing + "\n"
                + t.anonymity() + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + esc(locale) + "\"><body><p>" + esc(greeting) + "</p><p>"
                + esc(body) + "</p><p><a href=\"" + esc(link) + "\">" + esc(t.action()) + "</a></p><p>"
                + esc(closing) + "<br>" + esc(t.anonymity()) + "</p></body></html>";
        return new Mailer.Mail(message.email(), subject, text, html);
    }

    private static String fill(String template, Message message, String closes) {
        return template.replace("{0}", message.displayName())
                .replace("{1}", message.surveyName())
                .replace("{2}", closes);
    }

    private static String esc(String value) {
        return HtmlUtils.htmlEscape(value);
    }
}
