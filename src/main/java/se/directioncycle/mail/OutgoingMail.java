package se.directioncycle.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.activation.DataHandler;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HexFormat;
import org.apache.commons.codec.digest.DigestUtils;

/** A mail ready to hand over: Swedish text, and a Message-ID fixed by the notification, not by the send. */
record OutgoingMail(String messageId, String from, String to, String subject, String text, Date date,
    Attachment attachment) {

  /** A file sent along, e.g. the decision's PDF. */
  public record Attachment(String fileName, String contentType, byte[] content) {}

  /**
   * The same notification to the same person always gets the same Message-ID, so a resend after a crash
   * between SMTP's acceptance and our record of it shows up once in the recipient's mail client.
   */
  static String messageIdFor(String idempotencyKey, String recipient) {
    return "<" + HexFormat.of().formatHex(DigestUtils.sha256(idempotencyKey + "|" + recipient), 0, 16)
        + "@inriktningscykeln>";
  }

  MimeMessage toMimeMessage(Session session) throws MessagingException {
    MimeMessage message = new FixedIdMimeMessage(session, messageId);
    message.setFrom(new InternetAddress(from));
    message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    if (attachment == null) {
      message.setText(text, StandardCharsets.UTF_8.name());
    } else {
      MimeBodyPart body = new MimeBodyPart();
      body.setText(text, StandardCharsets.UTF_8.name());
      MimeBodyPart file = new MimeBodyPart();
      file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
      file.setFileName(attachment.fileName());
      message.setContent(new MimeMultipart(body, file));
    }
    message.setSentDate(date);
    message.saveChanges();
    return message;
  }

  /** JavaMail would give every send a new Message-ID; this keeps ours. */
  private static final class FixedIdMimeMessage extends MimeMessage {
    private final String messageId;

    FixedIdMimeMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
