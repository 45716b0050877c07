/**
 * Linking across a corpus of analysed articles: near-duplicates and syndicated copies (which article
 * copies which, how similar, which paragraphs differ) and stories (articles about one real-world event).
 * Every linker is deterministic: the same articles in any order give the same links.
 */
package dev.copydesk.link;
