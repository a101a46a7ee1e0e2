package no.maturo.shared;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends mail as plain text with an HTML alternative. Without {@code spring.mail.host} there is no mail server and
 * {@link #configured()} is false: callers then log what they would have sent (the embedded demo does this).
 */
@Service
public class Mailer {

    /** One message; {@code html} must already be escaped by whoever built it. */
    public record Mail(String to, String subject, String text, String html) {}

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${maturo.mail.from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /** Sends the mail; throws {@link MailException} when the server refuses it. */
    public void send(Mail mail) {
        JavaMailSender mailSender = sender.getObject();
        var message = mailSender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
        } catch (MessagingException e) {
            throw new IllegalArgumentException("Cannot build the mail to " + mail.to(), e);
        }
        mailSender.send(message);
    }
}
