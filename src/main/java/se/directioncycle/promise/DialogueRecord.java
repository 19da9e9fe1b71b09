package se.directioncycle.promise;

import java.time.LocalDate;

/** A dialogue as the form gave it, validated. */
record DialogueRecord(DialogueKind kind, String method, LocalDate heldOn, int participants, String places,
    String themes) {}
