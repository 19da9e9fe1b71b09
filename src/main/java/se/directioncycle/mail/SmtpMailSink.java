package se.directioncycle.mail;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Hands mail to the SMTP server of `spring.mail.*`. */
class SmtpMailSink implements MailSink {

  private final JavaMailSenderImpl sender;

  SmtpMailSink(JavaMailSenderImpl sender) {
    this.sender = sender;
  }

  @Override
  public void send(OutgoingMail mail) throws Exception {
    sender.send(mail.toMimeMessage(sender.getSession()));
  }

  @Override
  public String describe() {
    return "SMTP server " + sender.getHost() + ":" + sender.getPort();
  }
}
