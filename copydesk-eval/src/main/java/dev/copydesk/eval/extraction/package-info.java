/**
 * The systems whose extraction Copydesk measures, and the pages they read. A system is an
 * {@link dev.copydesk.eval.extraction.ExtractionSystem}: Copydesk itself, peers running in this
 * JVM ({@link dev.copydesk.eval.extraction.Peers}) and Mozilla Readability running in Node.js
 * ({@link dev.copydesk.eval.extraction.ReadabilityJs}).
 */
package dev.copydesk.eval.extraction;
