/**
 * Turns benchmark reports into text tables and JSON. Builds strings; never prints.
 */
package dev.copydesk.eval.report;
