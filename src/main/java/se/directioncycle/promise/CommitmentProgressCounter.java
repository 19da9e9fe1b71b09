package se.directioncycle.promise;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts a year's progress per commitment: over the interventions of that year's registered direction decisions
 * that are linked to the commitment, the sum of each intervention's latest reported "done so far" count.
 * Draft decisions do not count. Read in SQL because it crosses the direction and intervention tables.
 */
@Component
class CommitmentProgressCounter {

  private static final String SQL = """
      select i.commitment_id, count(*) as linked, coalesce(sum(r.progress_count), 0) as progress
      from intervention i
      join direction_decision d on d.id = i.decision_id
      join promise_commitment c on c.id = i.commitment_id
      left join follow_up_report r on r.intervention_id = i.id
        and r.id = (select max(l.id) from follow_up_report l where l.intervention_id = i.id)
      where c.period_id = ? and d.status = 'REGISTERED' and d.cycle_year = ?
      group by i.commitment_id
      """;

  private final JdbcTemplate jdbc;

  CommitmentProgressCounter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Map<Long, CommitmentProgress> count(long periodId, int year) {
    Map<Long, CommitmentProgress> progress = new HashMap<>();
    jdbc.query(SQL, rs -> {
      long commitment = rs.getLong(1);
      progress.put(commitment, new CommitmentProgress(commitment, rs.getLong(3), rs.getInt(2)));
    }, periodId, year);
    return progress;
  }
}
