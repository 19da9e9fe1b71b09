package se.directioncycle.direction;

import jakarta.persistence.PostLoad;
import org.springframework.beans.factory.ObjectProvider;
import se.directioncycle.council.MunicipalityRegistry;

/**
 * Gives each loaded intervention its municipality's council as stored now, so that PDFs, mails and forms show the
 * organisations' own names (a renamed organisation shows its new name). Hibernate creates it through Spring.
 */
class InterventionCouncil {

  /** Looked up when first used: Hibernate creates listeners while the registry's repositories wait for it. */
  private final ObjectProvider<MunicipalityRegistry> municipalities;

  InterventionCouncil(ObjectProvider<MunicipalityRegistry> municipalities) {
    this.municipalities = municipalities;
  }

  @PostLoad
  void load(Intervention intervention) {
    municipalities.getObject().find(intervention.getMunicipality()).ifPresent(intervention::useCouncil);
  }
}
