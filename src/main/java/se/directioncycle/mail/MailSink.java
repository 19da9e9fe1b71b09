package se.directioncycle.mail;

/** Where outgoing mail goes: an SMTP server, or a folder when none is configured. */
interface MailSink {

  /** Returns when the mail has been handed over; throws when it was not. */
  void send(OutgoingMail mail) throws Exception;

  String describe();
}
