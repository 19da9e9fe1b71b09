package se.directioncycle.mail;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.document.PublicDocument;
import se.directioncycle.document.PublicDocuments;

/** Finds the public document a notification carries; only an intact one is attached. */
@Component
class MailAttachments {

  private final PublicDocuments documents;

  MailAttachments(PublicDocuments documents) {
    this.documents = documents;
  }

  @Transactional(readOnly = true)
  OutgoingMail.Attachment of(String sourceKey) {
    if (sourceKey == null) {
      return null;
    }
    PublicDocument document = documents.find(sourceKey)
        .orElseThrow(() -> new IllegalStateException("No public document " + sourceKey + " to attach yet"));
    if (!document.isIntact()) {
      throw new IllegalStateException("Public document " + document.getId() + " does not match its SHA-256");
    }
    return new OutgoingMail.Attachment(document.getFileName(), "application/pdf", document.getContent());
  }
}
