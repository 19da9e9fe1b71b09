package se.directioncycle.council;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ConfigurationVersionRepository extends JpaRepository<ConfigurationVersion, Integer> {

  @Query("select v.version from ConfigurationVersion v where v.id = 1")
  long current();

  /** Every change calls this first in its transaction: the row lock also serialises concurrent changes. */
  @Modifying(flushAutomatically = true, clearAutomatically = false)
  @Query("update ConfigurationVersion v set v.version = v.version + 1 where v.id = 1")
  int bump();
}
