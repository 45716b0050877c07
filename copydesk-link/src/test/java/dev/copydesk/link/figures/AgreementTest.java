package dev.copydesk.link.figures;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AgreementTest {
    @Test
    void equalAndCloseValuesAgree() {
        assertTrue(Agreement.agree(300_000, 300_000));
        assertTrue(Agreement.agree(1115, 1120));
        assertTrue(Agreement.agree(2.5e9, 2.5e9));
    }

    @Test
    void aRoundedFormAgreesWithThePreciseValue() {
        assertTrue(Agreement.agree(300_000, 310_000));
        assertTrue(Agreement.agree(4_000_000, 4_150_000));
        assertTrue(Agreement.agree(1.2e9, 1.23e9));
        assertTrue(Agreement.roundsTo(298_500, 300_000, false));
        assertTrue(Agreement.agree(2.5e9, 2.46e9));
        assertFalse(Agreement.roundsTo(300_000, 298_500, true));
    }

    @Test
    void smallCountsThatDifferDisagree() {
        assertFalse(Agreement.agree(14, 15));
        assertFalse(Agreement.agree(10, 14));
        assertFalse(Agreement.agree(100, 104));
        assertFalse(Agreement.agree(30, 31));
        assertFalse(Agreement.agree(40, 41.2));
    }

    @Test
    void aFigureMarkedApproximateMayBeRoundedBelowTheThousands() {
        assertFalse(Agreement.agree(1100, 1115));
        assertTrue(Agreement.agree(1100, true, 1115, false));
        assertFalse(Agreement.agree(1100, false, 1115, true), "the precise figure's mark says nothing");
        assertFalse(Agreement.agree(14, true, 15, false), "15 does not round to 14");
    }

    @Test
    void aRoundedFormTooFarOffDisagrees() {
        // 340,000 rounds to 300,000 at one significant digit, but 12% apart is another figure.
        assertFalse(Agreement.agree(300_000, 340_000));
        assertFalse(Agreement.agree(4_000_000, 4_400_000));
    }
}
