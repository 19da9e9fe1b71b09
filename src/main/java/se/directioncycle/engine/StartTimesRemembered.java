package se.directioncycle.engine;

import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricScopeInstanceEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's database history handler, remembering the start times it writes. When an activity or a task ends in
 * a later command than the one that started it, the engine reads the row's start time back ({@code select
 * START_TIME_ from ACT_HI_ACTINST / ACT_HI_TASKINST}), since it rewrites the whole row and computes the duration from
 * it: one read per user task, timer, sub-process and multi-instance body. A start time never changes, so the node
 * that wrote it answers from memory; a row started on another node, before a restart, or pushed out of the bounded
 * memory is read as before.
 */
class StartTimesRemembered extends DbHistoryEventHandler {

  /** About 150 bytes each: enough for the activities open on a node at a time, bounded whatever the load. */
  static final int REMEMBERED = 20_000;

  private final Map<String, Date> startTimes = Collections.synchronizedMap(
      new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Date> eldest) {
          return size() > REMEMBERED;
        }
      });

  @Override
  protected void insertOrUpdate(HistoryEvent event) {
    if ((event instanceof HistoricActivityInstanceEventEntity || event instanceof HistoricTaskInstanceEventEntity)
        && event.getId() != null) {
      HistoricScopeInstanceEvent scope = (HistoricScopeInstanceEvent) event;
      if (isInitialEvent(event)) {
        if (scope.getStartTime() != null) {
          startTimes.put(event.getId(), scope.getStartTime());
        }
      } else if (getDbEntityManager().getCachedEntity(event.getClass(), event.getId()) == null) {
        Date start = scope.getEndTime() != null ? startTimes.remove(event.getId()) : startTimes.get(event.getId());
        if (start != null) {
          scope.setStartTime(start);
          getDbEntityManager().merge(event); // what the engine does after reading the start time
          return;
        }
      }
    }
    super.insertOrUpdate(event);
  }
}
