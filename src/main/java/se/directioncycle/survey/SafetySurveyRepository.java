package se.directioncycle.survey;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SafetySurveyRepository extends JpaRepository<SafetySurvey, Long> {

  Optional<SafetySurvey> findByMunicipalityAndYear(String municipality, int year);

  List<SafetySurvey> findByMunicipalityAndYearBetweenOrderByYear(String municipality, int firstYear, int lastYear);
}
