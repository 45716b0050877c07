package dev.copydesk.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet schemas of the Spark job's output: one row per article (or per input that could not be
 * read or analysed), with the columns of {@code schema/article.schema.json} (annotations as nested lists
 * of structs), then the links ({@link #LINK_COLUMNS}) and {@code error}.
 *
 * <p>An error row has {@code source}, {@code input} and {@code error} and, when the article was read but
 * could not be linked, its article columns too. Every column is nullable: an error row leaves the
 * article columns empty. Offsets are UTF-16 indices into {@code text}, end exclusive, as in the JSON.
 */
public final class ArticleSchema {
    /** The input file a row came from, as listed (a record of a WARC or JSON Lines file has its own {@code source}). */
    public static final String INPUT = "input";
    /** The row's ordinal among the rows of its input file, from 0. */
    public static final String RECORD = "record";
    /** The analysis batch that wrote the row (work data only). */
    public static final String BATCH = "batch";
    /** Why the row is not a linked article, or null. */
    public static final String ERROR = "error";

    /** The columns the driver's linking adds, in order. */
    public static final String[] LINK_COLUMNS = {"story", "storyLabel", "duplicateOf", "similarity", "differingParagraphs"};

    private static final StructType DIAGNOSTIC = struct(
            str("stage"), str("kind"), str("code"), str("detail"));
    private static final StructType ENTITY = struct(
            str("text"), str("type"), integer("start"), integer("end"), str("canonical"));
    private static final StructType QUOTE = struct(
            str("text"), integer("start"), integer("end"), field("direct", DataTypes.BooleanType),
            str("speaker"), integer("speakerStart"), integer("speakerEnd"), str("speakerCanonical"), str("cue"));
    private static final StructType AMOUNT = struct(
            str("text"), field("value", DataTypes.DoubleType), str("unit"), str("object"),
            integer("start"), integer("end"));
    private static final StructType DATE = struct(
            str("text"), str("value"), integer("start"), integer("end"));

    /** The article columns, as {@code copydesk analyze} writes them. */
    public static final StructType ARTICLE = struct(
            str("id"), str("source"), str("url"), str("title"), str("byline"), str("published"), str("language"),
            str("text"), list("captions", DataTypes.StringType), list("comments", DataTypes.StringType),
            list("diagnostics", DIAGNOSTIC), list("entities", ENTITY), list("quotes", QUOTE),
            list("amounts", AMOUNT), list("dates", DATE));

    /** What the executors write per batch: the article columns, where the row came from, and any error. */
    public static final StructType ANALYSED = ARTICLE
            .add(str(INPUT)).add(integer(RECORD)).add(integer(BATCH)).add(str(ERROR));

    /** The job's output: the article columns, the links, the input file and the error. */
    public static final StructType OUTPUT = ARTICLE
            .add(str("story")).add(str("storyLabel")).add(str("duplicateOf"))
            .add(field("similarity", DataTypes.DoubleType)).add(list("differingParagraphs", DataTypes.IntegerType))
            .add(str(INPUT)).add(integer(RECORD)).add(str(ERROR));

    private ArticleSchema() {
    }

    private static StructType struct(StructField... fields) {
        return new StructType(fields);
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructField str(String name) {
        return field(name, DataTypes.StringType);
    }

    private static StructField integer(String name) {
        return field(name, DataTypes.IntegerType);
    }

    private static StructField list(String name, DataType element) {
        return field(name, ArrayType.apply(element, true));
    }
}
