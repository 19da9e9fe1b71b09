package se.directioncycle.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;

/** The demo's Kalix period "2024–2026" is started once, only when enabled and Kalix has no period. */
class DemoPromisePeriodTest {

  private final MunicipalityRegistry municipalities = mock(MunicipalityRegistry.class);
  private final PromisePeriodRepository periods = mock(PromisePeriodRepository.class);
  private final RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);

  @Test
  void startsKalixTwoThousandTwentyFourToTwentySixWhenKalixHasNoPeriod() {
    when(municipalities.find("kalix")).thenReturn(Optional.of(mock(Municipality.class)));
    when(periods.findByMunicipalityInOrderByStartYearDesc(List.of("kalix"))).thenReturn(List.of());
    var builder = runtime.createProcessInstanceByKey("CitizenPromiseCycle");
    when(builder.setVariables(any(Map.class)).execute().getBusinessKey()).thenReturn("kalix-2024-2026");

    new DemoPromisePeriod(true, municipalities, periods, runtime).openAtStartup();

    verify(builder).setVariables(Map.of("municipality", "kalix", "firstMonth", "2024-09", "lengthInMonths", 24));
    assertThat(PeriodMonths.read(new java.util.HashMap<>(Map.of("firstMonth", "2024-09", "lengthInMonths", 24)))
        .label()).isEqualTo("2024–2026");
  }

  @Test
  void leavesAMunicipalityWithAPeriodAloneAndDoesNothingWhenDisabled() {
    when(municipalities.find("kalix")).thenReturn(Optional.of(mock(Municipality.class)));
    when(periods.findByMunicipalityInOrderByStartYearDesc(List.of("kalix"))).thenReturn(List.of(mock(PromisePeriod.class)));
    assertThat(new DemoPromisePeriod(true, municipalities, periods, runtime).open()).isEmpty();
    new DemoPromisePeriod(false, municipalities, periods, runtime).openAtStartup();
    verify(runtime, never()).createProcessInstanceByKey(any());
  }
}
