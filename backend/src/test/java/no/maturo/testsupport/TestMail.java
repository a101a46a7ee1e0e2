package no.maturo.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) for the whole test run; the application under test sends to it. Tests tell their
 * mails apart by recipient: every test tenant has its own mail domain.
 */
public final class TestMail {

    private static final GreenMail SERVER = start();
    private static final Pattern INVITATION_LINK = Pattern.compile("https?://\\S+/invitation/([A-Za-z0-9_-]{43})");

    private TestMail() {}

    private static GreenMail start() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    public static int smtpPort() {
        return SERVER.getSmtp().getPort();
    }

    /** The messages received so far for this address. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(SERVER.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The decoded text parts (plain and HTML) of a message. */
    public static List<String> parts(MimeMessage message) {
        try {
            List<String> parts = new ArrayList<>();
            collect(message.getContent(), parts);
            return parts;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Object content, List<String> parts) throws Exception {
        if (content instanceof String text) {
            parts.add(text);
        } else if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                collect(part.getContent(), parts);
            }
        }
    }

    /** The token of the invitation link in the newest mail to this address. */
    public static String invitationToken(String address) {
        List<MimeMessage> messages = to(address);
        if (messages.isEmpty()) {
            throw new AssertionError("No mail arrived for " + address);
        }
        for (String part : parts(messages.getLast())) {
            Matcher matcher = INVITATION_LINK.matcher(part);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("The mail to " + address + " holds no invitation link");
    }
}
