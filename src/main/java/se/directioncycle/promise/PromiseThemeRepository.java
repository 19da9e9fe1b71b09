package se.directioncycle.promise;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PromiseThemeRepository extends JpaRepository<PromiseTheme, Long> {

  List<PromiseTheme> findByPeriodIdOrderByPosition(long periodId);

  void deleteByPeriodId(long periodId);
}
