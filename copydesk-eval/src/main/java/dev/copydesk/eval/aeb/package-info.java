/**
 * The article extraction benchmark (Scrapinghub, 2019): 181 news and blog pages with their gold
 * article bodies, plus outputs that peers published on the same pages. Loads the benchmark folder
 * and scores Copydesk, live peers and published outputs with
 * {@link dev.copydesk.eval.metrics.ShingleMetric}.
 */
package dev.copydesk.eval.aeb;
