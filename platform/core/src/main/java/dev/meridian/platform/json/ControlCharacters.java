package dev.meridian.platform.json;

/** Which characters Meridian refuses in text it is given (JSON strings, paths, query parameters). */
public final class ControlCharacters {

    public static final String EXCERPT = "(text with a control character)";

    private ControlCharacters() {
    }

    /** Index of the first C0 control other than tab, LF and CR, or of DEL; -1 when there is none. */
    public static int indexOfForbidden(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    /** Paths and query parameters allow no control character at all, tab and line breaks included. */
    public static int indexOfAnyControl(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }
}
