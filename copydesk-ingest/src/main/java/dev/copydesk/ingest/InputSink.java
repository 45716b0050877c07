package dev.copydesk.ingest;

/**
 * Receives what readers produce, one article or one error at a time, so that memory stays bounded
 * whatever the size of the input. Called from the reading thread.
 */
public interface InputSink {
    void accept(RawInput input);

    void error(InputError error);
}
