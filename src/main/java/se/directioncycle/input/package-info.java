/**
 * What users submit, read and checked the same way everywhere: typed values with every problem as a Swedish
 * sentence naming the field ({@link se.directioncycle.input.InputReader}), invisible characters, date windows,
 * approve-or-return answers, JSON input, and text made safe to show again in a form.
 */
package se.directioncycle.input;
