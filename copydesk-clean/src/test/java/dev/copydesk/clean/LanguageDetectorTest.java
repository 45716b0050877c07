package dev.copydesk.clean;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    final LanguageDetector d = new LanguageDetector();

    @Test
    void tellsCommonLanguagesByFunctionWords() {
        assertEquals("en", d.detect("The council said that it was not going to raise the tax this year, and the mayor agreed with the plan."));
        assertEquals("de", d.detect("Der Bürgermeister sagte, dass die Stadt die Steuer in diesem Jahr nicht erhöhen wird, und das ist auch gut so."));
        assertEquals("fr", d.detect("Le maire a dit que la ville ne va pas augmenter les impôts cette année, et les habitants sont contents pour le moment."));
        assertEquals("es", d.detect("El alcalde dijo que la ciudad no va a subir los impuestos este año, y los vecinos están contentos con la decisión del consejo."));
        assertEquals("ru", d.detect("Мэр сказал, что город не будет повышать налоги в этом году, и жители довольны этим решением, так как это важно."));
    }

    @Test
    void tellsScriptsWithoutWordLists() {
        assertEquals("el", d.detect("Ο δήμαρχος είπε ότι η πόλη δεν θα αυξήσει τους φόρους φέτος και οι κάτοικοι είναι ικανοποιημένοι."));
        assertEquals("ja", d.detect("市長は今年は税金を上げないと言いました。住民はこの決定に満足しています。これは重要なことです。"));
    }

    @Test
    void unknownIsNullNotAGuess() {
        assertNull(d.detect(null));
        assertNull(d.detect(""));
        assertNull(d.detect("Play Mute 0:00"));
        assertNull(d.detect("zzkq vlorp fnarg blit quux wibble frotz plugh xyzzy snark"));
    }
}
