/**
 * CoreNLP's own who-said-what pipeline, the reference {@code bench analyze} times Copydesk against.
 * Classes here may be loaded in their own class loader beside CoreNLP's full models jar.
 */
package dev.copydesk.eval.bench.reference;
