package se.directioncycle.category;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalCategoryRepository extends JpaRepository<MunicipalCategory, MunicipalCategory.Key> {
  List<MunicipalCategory> findByMunicipality(String municipality);
}
