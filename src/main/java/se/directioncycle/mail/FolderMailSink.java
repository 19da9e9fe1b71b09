package se.directioncycle.mail;

import jakarta.mail.Session;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Without SMTP (the embedded default), each mail is written as an `.eml` file a person can open. The
 * file is named by the Message-ID, so a resend replaces it instead of adding a second one.
 */
class FolderMailSink implements MailSink {

  private final Path folder;
  private final Session session = Session.getInstance(new Properties());

  FolderMailSink(Path folder) {
    this.folder = folder;
  }

  @Override
  public void send(OutgoingMail mail) throws Exception {
    Files.createDirectories(folder);
    String name = mail.messageId().replaceAll("[^A-Za-z0-9]", "") + ".eml";
    Path partial = folder.resolve(name + ".part");
    try (OutputStream out = Files.newOutputStream(partial)) {
      mail.toMimeMessage(session).writeTo(out);
    }
    Files.move(partial, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public String describe() {
    return "folder " + folder.toAbsolutePath();
  }
}
