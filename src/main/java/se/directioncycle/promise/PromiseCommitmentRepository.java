package se.directioncycle.promise;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PromiseCommitmentRepository extends JpaRepository<PromiseCommitment, Long> {

  List<PromiseCommitment> findByPeriodIdOrderByThemeIdAscPositionAsc(long periodId);

  List<PromiseCommitment> findByPeriodIdIn(Collection<Long> periodIds);

  void deleteByPeriodId(long periodId);
}
