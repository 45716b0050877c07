package dev.copydesk.clean.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Whole-page paragraph classification, for pages where no container stands out: long paragraphs
 * with few links are content, link lines and fragments are not, and short paragraphs and headings
 * are kept when good paragraphs surround them (in the manner of jusText). Stateless and thread-safe.
 */
final class DensityFallback {
    private static final int GOOD_CHARS = 70;
    private static final int NEAR = 2;

    private DensityFallback() {
    }

    static List<Block> select(List<Block> blocks) {
        int n = blocks.size();
        int[] cls = new int[n];
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            double ld = b.linkDensity();
            if (ld > 0.4) {
                cls[i] = -1;
            } else if (b.chars() >= GOOD_CHARS && ld < 0.2 && b.kind() != Block.Kind.HEADING) {
                cls[i] = 1;
            }
        }
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (cls[i] == 1 || cls[i] == 0 && goodWithin(cls, i + 1, NEAR) && (goodBefore(cls, i)
                    || blocks.get(i).kind() == Block.Kind.HEADING)) {
                out.add(blocks.get(i));
            }
        }
        return out;
    }

    private static boolean goodWithin(int[] cls, int from, int span) {
        for (int j = from; j < cls.length && j < from + span; j++) {
            if (cls[j] == 1) {
                return true;
            }
            if (cls[j] == -1) {
                return false;
            }
        }
        return false;
    }

    private static boolean goodBefore(int[] cls, int i) {
        for (int j = i - 1; j >= 0 && j >= i - NEAR; j--) {
            if (cls[j] == 1) {
                return true;
            }
            if (cls[j] == -1) {
                return false;
            }
        }
        return false;
    }
}
