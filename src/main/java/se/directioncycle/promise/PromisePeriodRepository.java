package se.directioncycle.promise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PromisePeriodRepository extends JpaRepository<PromisePeriod, Long> {

  boolean existsByMunicipalityAndStartYear(String municipality, int startYear);

  Optional<PromisePeriod> findByBusinessKey(String businessKey);

  List<PromisePeriod> findByMunicipalityInOrderByStartYearDesc(Collection<String> municipalities);

  List<PromisePeriod> findByStatusInOrderByMunicipalityAscStartYearDesc(Collection<PromisePeriodStatus> statuses);

  List<PromisePeriod> findByMunicipalityInAndStatusInOrderByStartYearAsc(Collection<String> municipalities,
      Collection<PromisePeriodStatus> statuses);

  List<PromisePeriod> findByMunicipalityAndStatusInOrderByStartYearDesc(String municipality,
      Collection<PromisePeriodStatus> statuses);
}
