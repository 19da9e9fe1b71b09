package se.directioncycle.council;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredAreaRepository extends JpaRepository<StoredArea, Long> {

  List<StoredArea> findAllByOrderByMunicipalityIdAscPositionAscIdAsc();

  Optional<StoredArea> findByMunicipalityIdAndName(String municipalityId, String name);

  long countByMunicipalityId(String municipalityId);
}
