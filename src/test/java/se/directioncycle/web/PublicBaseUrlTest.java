package se.directioncycle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicBaseUrlTest {

  @Test
  void linksJoinTheBaseAndThePathWithOneSlash() {
    assertThat(new PublicBaseUrl("https://bra.kommun.example/").link("/camunda/app/tasklist/"))
        .isEqualTo("https://bra.kommun.example/camunda/app/tasklist/");
    assertThat(new PublicBaseUrl(" https://intra.kommun.example/inriktning// ").link("calendar/x.ics"))
        .isEqualTo("https://intra.kommun.example/inriktning/calendar/x.ics");
    assertThat(new PublicBaseUrl("http://localhost:9090").base()).isEqualTo("http://localhost:9090");
  }

  @Test
  void anythingButAnAbsoluteHttpAddressStopsTheStartWithTheSettingsName() {
    for (String bad : new String[] {"", "bra.kommun.example", "/inriktning", "ftp://bra.kommun.example",
        "https://", "https://bra.kommun.example/?a=1", "https://bra.kommun.example/#x", "https://u:p@bra.kommun.example",
        "http://bad host"}) {
      assertThatThrownBy(() -> new PublicBaseUrl(bad)).as(bad).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("directioncycle.public-base-url").hasMessageContaining("DIRECTIONCYCLE_PUBLIC_BASE_URL");
    }
  }
}
