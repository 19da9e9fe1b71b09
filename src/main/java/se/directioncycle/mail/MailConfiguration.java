package se.directioncycle.mail;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** SMTP when `spring.mail.host` is set; otherwise mail is written to a folder, and the log says where. */
@Configuration
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(MailConfiguration.class);

  @Bean
  MailSink mailSink(ObjectProvider<JavaMailSenderImpl> smtp, MailProperties properties,
      @Value("${directioncycle.data-dir:./data}") Path dataDir) {
    JavaMailSenderImpl sender = smtp.getIfAvailable();
    MailSink sink = sender != null ? new SmtpMailSink(sender)
        : new FolderMailSink(properties.folder() != null ? properties.folder() : dataDir.resolve("mail"));
    if (sender == null) {
      LOG.warn("No SMTP server configured (spring.mail.host): outgoing mail is written to {}", sink.describe());
    } else {
      LOG.info("Outgoing mail goes to {}", sink.describe());
    }
    return sink;
  }
}
