/**
 * One name per entity across articles: {@link dev.copydesk.link.names.NameResolver} maps the entity linker's
 * per-article canonical names ("Trump", "Bashkiri") to the name they carry across a story and the corpus
 * ("Donald Trump", "Bashkirs"), saying how for each, and leaves ambiguous names as they are. The rules are
 * small classes: {@link dev.copydesk.link.names.ShortPersonName} and {@link dev.copydesk.link.names.NameVariants}.
 */
package dev.copydesk.link.names;
