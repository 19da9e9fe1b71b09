package se.directioncycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.Rest;

/**
 * Every `POST` under `/api` answers bad bodies with 400 and a Swedish message: never a 500, never a success, and
 * nothing is saved.
 */
@IntegrationTest
class ApiBadInputIT {

  private static final List<String> JSON_ENDPOINTS = List.of("/api/cycles", "/api/annual-assessments",
      "/api/citizen-promise-periods", "/api/municipalities/alvkarleby/cooperation-agreements",
      "/api/municipalities/alvkarleby/problem-categories");
  private static final List<String> TABLES = List.of("cycle", "annual_assessment", "promise_period",
      "cooperation_agreement", "safety_survey", "safety_survey_row", "municipality_problem_category");

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  HistoryService historyService;

  static Map<String, String> badBodies() {
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("missing body", "");
    bodies.put("null", "null");
    bodies.put("empty array", "[]");
    bodies.put("a number", "2087");
    bodies.put("a string", "\"2087\"");
    bodies.put("not JSON", "year=2087&quarter=1");
    bodies.put("deep nesting", "[".repeat(10_000) + "]".repeat(10_000));
    bodies.put("deep object nesting", "{\"year\":".repeat(10_000) + "1" + "}".repeat(10_000));
    bodies.put("trailing garbage", "{\"year\":2087,\"quarter\":1,\"startYear\":2087} xyz");
    bodies.put("two objects", "{\"year\":2087,\"quarter\":1,\"startYear\":2087} {\"year\":2088}");
    bodies.put("number as string", "{\"year\":\"2087\",\"quarter\":\"1\",\"startYear\":\"2087\"}");
    bodies.put("number as object", "{\"year\":{\"a\":1},\"quarter\":[1],\"startYear\":{\"a\":1}}");
    bodies.put("fraction", "{\"year\":2087.5,\"quarter\":1.5,\"startYear\":2087.5}");
    bodies.put("huge number", "{\"year\":1e400,\"quarter\":99999999999999999999999,\"startYear\":1e400}");
    bodies.put("boolean", "{\"year\":true,\"quarter\":false,\"startYear\":true}");
    bodies.put("unknown field", "{\"year\":2087,\"quarter\":1,\"startYear\":2087,\"colour\":\"blå\"}");
    bodies.put("municipality as list", "{\"year\":2087,\"quarter\":1,\"startYear\":2087,\"municipality\":[\"x\"]}");
    bodies.put("control character in municipality",
        "{\"year\":2087,\"quarter\":1,\"startYear\":2087,\"municipality\":\"alvkarleby\\u0000\"}");
    bodies.put("huge string", "{\"year\":\"" + "9".repeat(3_000_000) + "\",\"title\":\"" + "a".repeat(100) + "\"}");
    bodies.put("agreement with wrong types", "{\"title\":5,\"parties\":[\"Polisen\"],\"validFrom\":20270101,"
        + "\"validTo\":{\"d\":1},\"signedOn\":true}");
    bodies.put("agreement with bidi control", "{\"title\":\"Avtal \\u202Egnilkcirf\",\"parties\":\"Polisen\","
        + "\"validFrom\":\"2087-01-01\",\"validTo\":\"2088-12-31\"}");
    bodies.put("agreement with trailing garbage", "{\"title\":\"Avtal\",\"parties\":\"Polisen\","
        + "\"validFrom\":\"2087-01-01\",\"validTo\":\"2088-12-31\"}]");
    return bodies;
  }

  @Test
  void everyJsonEndpointRefusesEveryBadBodyWith400AndSavesNothing() {
    Rest coordinator = Rest.as(port, "alvkarleby-samordnare");
    Map<String, Long> before = counts();
    List<String> wrong = new ArrayList<>();
    for (String endpoint : JSON_ENDPOINTS) {
      for (Map.Entry<String, String> body : badBodies().entrySet()) {
        Rest.Response response = coordinator.post(endpoint, "application/json",
            body.getValue().getBytes(StandardCharsets.UTF_8));
        if (response.status() != 400 || !isSwedishError(response)) {
          wrong.add(endpoint + " with " + body.getKey() + ": " + response.status() + " "
              + response.body().substring(0, Math.min(200, response.body().length())));
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void theSurveyImportRefusesEveryBadBodyWith400AndSavesNothing() {
    Rest coordinator = Rest.as(port, "alvkarleby-samordnare");
    Map<String, Long> before = counts();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> body : badBodies().entrySet()) {
      for (String type : List.of("text/csv", "application/json")) {
        Rest.Response response = coordinator.post("/api/municipalities/alvkarleby/safety-surveys/2087", type,
            body.getValue().getBytes(StandardCharsets.UTF_8));
        if (response.status() != 400 || !isSwedishError(response)) {
          wrong.add(type + " " + body.getKey() + ": " + response.status());
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void oddMunicipalitiesCallersAndEncodingsAreRefusedWithoutA500() {
    Map<String, Long> before = counts();
    List<String> wrong = new ArrayList<>();
    byte[] badUtf8 = {'{', '"', 'y', 'e', 'a', 'r', '"', ':', '2', '0', '8', '7', ',', '"', 'm', 'u', 'n', 'i', 'c', 'i',
        'p', 'a', 'l', 'i', 't', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    for (String endpoint : JSON_ENDPOINTS) {
      for (String municipality : List.of("kalix", "atlantis", "", "Ä".repeat(5_000), "alvkarleby\u202E")) {
        String body = "{\"year\":2087,\"quarter\":1,\"startYear\":2087,\"municipality\":\"" + municipality + "\"}";
        check(wrong, endpoint + " for " + municipality.length() + "-character municipality",
            Rest.as(port, "alvkarleby-samordnare").post(endpoint, body));
      }
      check(wrong, endpoint + " as admin without municipality",
          Rest.as(port, "admin", Rest.ADMIN_PASSWORD).post(endpoint, "{\"year\":2087,\"quarter\":1,\"startYear\":2087}"));
      check(wrong, endpoint + " as member", Rest.as(port, "alvkarleby-skola").post(endpoint, "[]"));
      check(wrong, endpoint + " with bad UTF-8",
          Rest.as(port, "alvkarleby-samordnare").post(endpoint, "application/json", badUtf8));
      check(wrong, endpoint + " as text/plain", Rest.as(port, "alvkarleby-samordnare").post(endpoint, "text/plain",
          "{\"year\":2087}".getBytes(StandardCharsets.UTF_8)));
    }
    assertThat(wrong).isEmpty();
    assertThat(counts()).isEqualTo(before);
  }

  private static void check(List<String> wrong, String what, Rest.Response response) {
    if (response.status() < 400 || response.status() >= 500 || !isSwedishError(response)) {
      wrong.add(what + ": " + response.status() + " "
          + response.body().substring(0, Math.min(200, response.body().length())));
    }
  }

  @Test
  void theEdgesOfTheAllowedYearsNeverAnswer500() {
    Rest coordinator = Rest.as(port, "alvkarleby-samordnare");
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("/api/cycles", "{\"year\":2100,\"quarter\":4}");
    bodies.put("/api/annual-assessments", "{\"year\":2100}");
    bodies.put("/api/citizen-promise-periods", "{\"firstMonth\":\"2100-01\",\"lengthInMonths\":24}");
    bodies.put("/api/municipalities/alvkarleby/cooperation-agreements", "{\"title\":\"Avtal\",\"parties\":\"Polisen\","
        + "\"validFrom\":\"2100-12-31\",\"validTo\":\"2101-01-01\"}");
    for (Map.Entry<String, String> body : bodies.entrySet()) {
      Rest.Response response = coordinator.post(body.getKey(), body.getValue());
      assertThat(response.status()).as(body.getKey() + " " + response.body()).isIn(201, 400, 409);
    }
  }

  @Test
  void theCalendarTokenNeverAnswers500WhateverTheBody() {
    Rest member = Rest.as(port, "kalix-skola");
    for (Map.Entry<String, String> body : badBodies().entrySet()) {
      Rest.Response response = member.post("/api/calendar/token", "application/json",
          body.getValue().getBytes(StandardCharsets.UTF_8));
      assertThat(response.status()).as(body.getKey()).isLessThan(500);
    }
    member.delete("/api/calendar/token");
  }

  @Test
  void aStringWhereANumberBelongsIsRefusedNamingTheField() {
    Rest.Response response = Rest.as(port, "alvkarleby-samordnare").post("/api/cycles",
        "{\"year\":\"2087\",\"quarter\":1}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.message()).contains("«År» måste vara ett heltal");
  }

  private static boolean isSwedishError(Rest.Response response) {
    String message;
    try {
      message = response.message();
    } catch (RuntimeException notJson) {
      return false;
    }
    return message != null && !message.isBlank() && message.matches("(?s).*[åäöÅÄÖ«].*");
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    counts.put("process instances", historyService.createHistoricProcessInstanceQuery().count());
    return counts;
  }
}
