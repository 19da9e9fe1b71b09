package se.directioncycle.category;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NationalCategoryRepository extends JpaRepository<NationalCategory, String> {
  List<NationalCategory> findAllByOrderByPositionAsc();
}
