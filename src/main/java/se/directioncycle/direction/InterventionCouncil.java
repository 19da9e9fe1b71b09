package se.directioncycle.direction;

import jakarta.persistence.PostLoad;
import org.springframework.beans.factory.ObjectProvider;
import se.directioncycle.council.MunicipalityRegistry;

/**
 * Gives each loaded intervention a way to its municipality's council as stored when it is asked (not when loaded: a
 * JPA callback must not query), so that PDFs, mails and forms show the organisations' own names, a renamed
 * organisation its new one. Hibernate creates it through Spring.
 */
class InterventionCouncil {

  /** Looked up when first used: Hibernate creates listeners while the registry's repositories wait for it. */
  private final ObjectProvider<MunicipalityRegistry> municipalities;

  InterventionCouncil(ObjectProvider<MunicipalityRegistry> municipalities) {
    this.municipalities = municipalities;
  }

  @PostLoad
  void load(Intervention intervention) {
    String id = intervention.getMunicipality();
    intervention.useCouncil(() -> municipalities.getObject().find(id).orElse(null));
  }
}
