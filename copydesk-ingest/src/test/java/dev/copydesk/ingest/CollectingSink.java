package dev.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Test sink: keeps what {@link Inputs} produces, and the order it came in. Not thread-safe. */
final class CollectingSink implements InputSink {
    final List<RawInput> inputs = new ArrayList<>();
    final List<InputError> errors = new ArrayList<>();
    /** Sources of inputs and errors in arrival order, errors marked {@code !}. */
    final List<String> order = new ArrayList<>();

    @Override
    public void accept(RawInput input) {
        inputs.add(input);
        order.add(input.source());
    }

    @Override
    public void error(InputError error) {
        errors.add(error);
        order.add("!" + error.source());
    }

    /** Reads {@code args} with default limits and no standard input. */
    static CollectingSink read(String... args) {
        return read(Inputs.withDefaults(), new byte[0], args);
    }

    static CollectingSink read(Inputs inputs, byte[] stdin, String... args) {
        CollectingSink sink = new CollectingSink();
        inputs.read(List.of(args), new ByteArrayInputStream(stdin), sink);
        return sink;
    }

    /** Reads {@code -} from {@code stdin} with default limits. */
    static CollectingSink readStdin(byte[] stdin) {
        return read(Inputs.withDefaults(), stdin, "-");
    }

    static CollectingSink readStdin(InputStream stdin) {
        CollectingSink sink = new CollectingSink();
        Inputs.withDefaults().read(List.of("-"), stdin, sink);
        return sink;
    }

    /** The only input read; fails when there were errors or not exactly one input. */
    RawInput single() {
        assertEquals(List.of(), errors, "errors");
        assertEquals(1, inputs.size(), "inputs: " + inputs);
        return inputs.get(0);
    }

    /** The only error; fails when there were inputs or not exactly one error. */
    InputError singleError() {
        assertEquals(List.of(), inputs, "inputs");
        assertEquals(1, errors.size(), "errors: " + errors);
        return errors.get(0);
    }
}
