package com.perflab.mall.common.validation;

import com.perflab.mall.common.api.ApiException;

/**
 * What counts as visible in a name typed by a person. Java's {@code trim()} and {@code isBlank()} know only
 * ASCII blanks and {@code Character.isWhitespace}: a no-break space, a zero-width space, a byte order mark or
 * a bidi mark pass both, so a name made only of them looks empty in every list and cannot be told apart.
 *
 * <p>Policy of the mall for names and titles: request records {@link #strip} them (leading and trailing
 * blanks and invisible characters go, like a trim that knows Unicode) and {@link VisibleText} then requires
 * that what is left has a visible character and no control characters.
 */
public final class Texts {

    private Texts() {
    }

    /**
     * For a name that arrives as a plain parameter rather than in a record: the stripped name, or a 400 naming
     * the field when nothing visible is left or it holds control characters.
     */
    public static String visibleName(String field, String text) {
        String name = strip(text);
        if (name == null || name.isEmpty()) {
            throw ApiException.invalid(field, VisibleTextValidator.NO_VISIBLE);
        }
        String problem = VisibleTextValidator.problem(name);
        if (problem != null) {
            throw ApiException.invalid(field, problem);
        }
        return name;
    }

    /** The text without leading and trailing blanks and invisible characters; null stays null. */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isInvisible(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isInvisible(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /**
     * Blanks of every kind (ASCII, no-break and other space separators, line and paragraph separators),
     * control characters, format characters (zero-width space and joiners, byte order mark, bidi marks,
     * soft hyphen, tags) and the filler letters that render as nothing (Hangul fillers, the blank braille
     * pattern).
     */
    public static boolean isInvisible(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        if (type == Character.CONTROL || type == Character.FORMAT) {
            return true;
        }
        return switch (codePoint) {
            case 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800 -> true;
            default -> false;
        };
    }

    /**
     * A character that shows on its own: not invisible, and not a combining mark (which only decorates the
     * character before it), an unassigned or private-use code point or half of a broken surrogate pair.
     */
    public static boolean isVisible(int codePoint) {
        if (isInvisible(codePoint)) {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                 Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE -> false;
            default -> true;
        };
    }

    /**
     * Characters a name never needs and that can deceive: control characters (tab, line breaks, escape, the C1
     * range), the bidi controls that reorder what follows (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI and the
     * LRM, RLM, ALM marks: "abc\u202Efdp.exe" shows as "abcexe.pdf") and halves of broken surrogate pairs,
     * which the database would store as '?'.
     */
    public static boolean isForbiddenInName(int codePoint) {
        if (Character.getType(codePoint) == Character.CONTROL || Character.getType(codePoint) == Character.SURROGATE) {
            return true;
        }
        return codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }
}
