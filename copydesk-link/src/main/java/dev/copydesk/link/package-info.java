/**
 * Linking across a corpus of analysed articles: near-duplicates and syndicated copies (which article
 * copies which, how similar, which paragraphs differ) and stories (articles about one real-world event);
 * then, across the articles linked, one name per entity ({@code names}), the figures they give side by
 * side ({@code figures}) and the quotes they share, from first publication on ({@code lineage}).
 * Every linker is deterministic: the same articles in any order give the same links.
 */
package dev.copydesk.link;
