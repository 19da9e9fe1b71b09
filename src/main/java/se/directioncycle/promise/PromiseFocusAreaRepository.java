package se.directioncycle.promise;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PromiseFocusAreaRepository extends JpaRepository<PromiseFocusArea, Long> {

  List<PromiseFocusArea> findByPeriodIdOrderByPosition(long periodId);

  void deleteByPeriodId(long periodId);
}
