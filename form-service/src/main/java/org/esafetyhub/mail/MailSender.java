package org.esafetyhub.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.esafetyhub.trust.Smtp;

import java.util.Properties;

/** Sends one plain-text e-mail through the trust's SMTP server. */
final class MailSender {

    private final Session session;
    private final String from;

    MailSender(Smtp smtp, String password) {
        var properties = new Properties();
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", String.valueOf(smtp.port()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(smtp.starttls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(smtp.starttls()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        boolean login = smtp.username() != null && !smtp.username().isBlank();
        properties.put("mail.smtp.auth", String.valueOf(login));
        this.session = login
                ? Session.getInstance(properties, new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(smtp.username(), password);
                    }
                })
                : Session.getInstance(properties);
        this.from = smtp.from();
    }

    void send(String to, String subject, String body) throws MessagingException {
        var message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        Transport.send(message);
    }
}
