package se.directioncycle.cycle;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.council.Role;
import se.directioncycle.notification.Notifications;

/**
 * When a quarter closes, the municipal board (the commissioner's group, who answers for the board in this product)
 * and every member of the council — each member organisation, the chair and the coordinator — get the quarter's
 * report by mail with its PDF attached. Recorded in the closing transaction, so it is sent once, after the commit.
 */
@Component
class QuarterClosedMail {

  static final String KIND = "quarter-closed";

  private final CycleService cycles;
  private final MunicipalityRegistry municipalities;
  private final Notifications notifications;

  QuarterClosedMail(CycleService cycles, MunicipalityRegistry municipalities, Notifications notifications) {
    this.cycles = cycles;
    this.municipalities = municipalities;
    this.notifications = notifications;
  }

  @EventListener
  void onCycleClosed(CycleClosed event) {
    Cycle cycle = cycles.get(event.cycleId());
    Municipality municipality = municipalities.get(cycle.getMunicipality());
    String period = cycle.getQuarter().label();
    String subject = "Kvartalsrapport " + period + " – " + municipality.name();
    notifications.recordDocumentMail(municipality.id(), recipients(municipality),
        municipality.group(Role.COMMISSIONER), KIND, subject, "Det brottsförebyggande rådets arbete för " + period
            + " i " + municipality.name() + " är avslutat. Kvartalsrapporten till kommunstyrelsen, med uppföljningen "
            + "av varje insats, finns bifogad som PDF. Nästa kvartals underlag lämnas i Tasklist när cykeln öppnas.",
        cycle.getId(), CycleClosed.documentKey(cycle.getId()));
  }

  /** The board first, then the council: coordinator, chair and every member organisation. */
  static List<String> recipients(Municipality municipality) {
    List<String> groups = new ArrayList<>();
    groups.add(municipality.group(Role.COMMISSIONER));
    groups.add(municipality.group(Role.COORDINATOR));
    groups.add(municipality.group(Role.CHAIR));
    groups.addAll(municipality.memberGroups());
    return groups;
  }
}
