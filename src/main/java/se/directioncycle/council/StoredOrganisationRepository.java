package se.directioncycle.council;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredOrganisationRepository extends JpaRepository<StoredOrganisation, Long> {

  List<StoredOrganisation> findAllByOrderByMunicipalityIdAscPositionAscIdAsc();

  Optional<StoredOrganisation> findByMunicipalityIdAndCode(String municipalityId, String code);

  long countByMunicipalityId(String municipalityId);
}
