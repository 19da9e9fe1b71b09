package se.directioncycle.council;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.input.InvalidInputException;

/**
 * Stamps every process instance with its municipality (tenant). The models are deployed once for
 * all municipalities; the tenant comes from the super process, the starting person's membership,
 * or – for system starts without a person – the `municipality` start variable.
 */
@Component
public class MunicipalityTenantIdProvider extends AbstractProcessEnginePlugin implements TenantIdProvider {

  public static final String MUNICIPALITY_VARIABLE = "municipality";
  private static final String ADMIN_GROUP = "camunda-admin";
  private static final ThreadLocal<String> DECISION_TENANT = new ThreadLocal<>();

  private final MunicipalityRegistry municipalities;

  MunicipalityTenantIdProvider(MunicipalityRegistry municipalities) {
    this.municipalities = municipalities;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(this);
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    Object requestedValue = ctx.getVariables().get(MUNICIPALITY_VARIABLE);
    String requested = requestedValue == null || requestedValue.toString().isBlank() ? null : requestedValue.toString();
    if (requested != null && municipalities.find(requested).isEmpty()) {
      throw new InvalidInputException("«Kommun» finns inte i systemet: " + requested.replaceAll("[^\\p{L}0-9-]", "") + ".");
    }
    Authentication authentication = Context.getCommandContext().getAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      if (requested == null) {
        throw new InvalidInputException("«Kommun» måste anges när en cykel startas utan inloggad användare.");
      }
      return requested;
    }
    List<String> groups = CurrentUser.groups(authentication);
    if (groups.contains(ADMIN_GROUP)) {
      if (requested == null) {
        throw new InvalidInputException("«Kommun» måste anges när en administratör startar en cykel.");
      }
      return requested;
    }
    List<String> tenants = CurrentUser.tenants(authentication);
    if (requested != null) {
      if (!tenants.contains(requested)) {
        throw new InvalidInputException("Du kan bara starta processer för din egen kommun.");
      }
      return requested;
    }
    if (tenants.size() != 1) {
      throw new InvalidInputException("«Kommun» måste anges eftersom du hör till " + tenants.size() + " kommuner.");
    }
    return tenants.get(0);
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    if (ctx.getExecution() != null) {
      return ctx.getExecution().getTenantId();
    }
    return DECISION_TENANT.get();
  }

  /** Runs a stand-alone decision evaluation so that its history belongs to the municipality. */
  public static <T> T withDecisionTenant(String municipality, java.util.function.Supplier<T> evaluation) {
    DECISION_TENANT.set(municipality);
    try {
      return evaluation.get();
    } finally {
      DECISION_TENANT.remove();
    }
  }
}
