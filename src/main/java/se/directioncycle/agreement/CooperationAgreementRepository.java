package se.directioncycle.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CooperationAgreementRepository extends JpaRepository<CooperationAgreement, Long> {

  boolean existsByMunicipalityAndValidFrom(String municipality, LocalDate validFrom);

  Optional<CooperationAgreement> findByBusinessKey(String businessKey);

  List<CooperationAgreement> findByMunicipalityInOrderByValidFromDesc(Collection<String> municipalities);

  /** Agreements whose period contains the day, the latest start first. */
  List<CooperationAgreement> findByMunicipalityAndValidFromLessThanEqualAndValidToGreaterThanEqualOrderByValidFromDesc(
      String municipality, LocalDate from, LocalDate to);
}
