package se.directioncycle.council;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredMunicipalityRepository extends JpaRepository<StoredMunicipality, String> {

  List<StoredMunicipality> findAllByOrderByPositionAscIdAsc();

  @Query("select coalesce(max(m.position), 0) from StoredMunicipality m")
  int maxPosition();
}
