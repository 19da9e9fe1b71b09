package se.directioncycle.annual;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualAssessmentRepository extends JpaRepository<AnnualAssessment, Long> {

  boolean existsByMunicipalityAndYear(String municipality, int year);

  Optional<AnnualAssessment> findByMunicipalityAndYear(String municipality, int year);

  List<AnnualAssessment> findByMunicipalityInOrderByYearDesc(Collection<String> municipalities);

  List<AnnualAssessment> findByMunicipalityInAndStatusOrderByYearAsc(Collection<String> municipalities,
      AnnualAssessmentStatus status);
}
