package se.directioncycle.promise;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PromiseDialogueRepository extends JpaRepository<PromiseDialogue, Long> {

  Optional<PromiseDialogue> findByPeriodIdAndKind(long periodId, DialogueKind kind);

  List<PromiseDialogue> findByPeriodIdOrderByKind(long periodId);
}
