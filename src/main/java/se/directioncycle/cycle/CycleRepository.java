package se.directioncycle.cycle;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CycleRepository extends JpaRepository<Cycle, Long> {

  boolean existsByMunicipality(String municipality);

  List<Cycle> findByMunicipalityInAndStatusOrderByYearAscQuarterAsc(Collection<String> municipalities, CycleStatus status);

  boolean existsByMunicipalityAndYearAndQuarter(String municipality, int year, int quarter);

  Optional<Cycle> findByMunicipalityAndYearAndQuarter(String municipality, int year, int quarter);

  List<Cycle> findByMunicipalityAndYearBetween(String municipality, int firstYear, int lastYear);

  Optional<Cycle> findByBusinessKey(String businessKey);

  List<Cycle> findByMunicipalityInOrderByYearDescQuarterDesc(Collection<String> municipalities);
}
